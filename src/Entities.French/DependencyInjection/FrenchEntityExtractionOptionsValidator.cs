using Microsoft.Extensions.Options;

namespace Entities.French.DependencyInjection;

/// <summary>Validates <see cref="FrenchEntityExtractionOptions"/> with their own <see cref="EntityExtractorOptions.Validate"/> rules.</summary>
internal sealed class FrenchEntityExtractionOptionsValidator : IValidateOptions<FrenchEntityExtractionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FrenchEntityExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => "Entities: FrenchEntityExtractionOptions." + p));
    }
}
