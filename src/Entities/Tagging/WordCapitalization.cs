namespace Entities.Tagging;

/// <summary>
/// How often a word (lower case) is written with a capital inside a sentence, as a class of that ratio (see
/// <c>CapitalizationStatistics</c> (package Entities.Training)): tells a common word that opens a sentence (<c>Cette</c>) from a
/// name (<c>Bruxelles</c>), and a name that is also a common word (<c>Pierre</c>, <c>Marseille</c>) from both.
/// </summary>
/// <param name="Word">The word, lower case.</param>
/// <param name="Class">The ratio class: 0 = almost never capitalized mid-sentence … <c>CapitalizationStatistics.ClassCount</c> (package Entities.Training) − 1 = almost always.</param>
public readonly record struct WordCapitalization(string Word, int Class);
