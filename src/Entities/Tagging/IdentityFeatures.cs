

namespace Entities.Tagging;

/// <summary>
/// The hashes of the features of <see cref="FeatureExtractor"/> that name a token's exact identity: the word, its
/// lower-case form and the capitalized-word feature. Word dropout leaves them out so the other features (affixes,
/// shapes, word classes, context) learn to tag as they must for unseen names.
/// </summary>
/// <remarks>The template ids repeat those of <see cref="FeatureExtractor"/>; a test checks that the hashes are among the extracted features.</remarks>
internal static class IdentityFeatures
{
    private const int TWord = 2, TLower = 3, TUpperInitialWord = 36;

    /// <summary>Number of hashes written by <see cref="Of"/>.</summary>
    public const int Count = 3;

    /// <summary>Writes the identity feature hashes of <paramref name="token"/> at <paramref name="position"/> (the capitalized-word one is 0 when it does not apply).</summary>
    public static void Of(string token, int position, Span<ulong> output)
    {
        ulong lower = FeatureHash.OfLower(token);
        output[0] = FeatureHash.Feature(TWord, FeatureHash.OfSpan(token));
        output[1] = FeatureHash.Feature(TLower, lower);
        output[2] = token.Length > 0 && char.IsUpper(token[0]) ? FeatureHash.Feature(TUpperInitialWord, lower, position == 0 ? 1UL : 0UL) : 0;
    }
}
