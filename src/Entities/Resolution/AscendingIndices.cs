namespace Entities.Resolution;

/// <summary>
/// Mention indices in strictly ascending order, over an array no one else holds (made by <see cref="ResolvedEntityBuilder"/>).
/// Read-only and never changed, so a result may share it instead of copying and sorting it again.
/// </summary>
internal sealed class AscendingIndices : System.Collections.ObjectModel.ReadOnlyCollection<int>
{
    /// <summary>Wraps <paramref name="items"/>, which must be strictly ascending and must not be changed or given out afterwards.</summary>
    public AscendingIndices(int[] items)
        : base(items)
    {
    }

    /// <summary>The indices, to read only.</summary>
    public ReadOnlySpan<int> Span => (int[])Items;
}
