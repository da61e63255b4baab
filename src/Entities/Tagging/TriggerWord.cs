namespace Entities.Tagging;

/// <summary>A head noun that opens multi-word names (<c>ministère</c>, <c>rue</c>), with the type such names usually have.</summary>
/// <param name="Word">The noun, lower case.</param>
/// <param name="Category">The usual entity type code of the names it opens (<c>ORG</c>, <c>LOC</c>, <c>MISC</c>); part of the features' identity.</param>
public sealed record TriggerWord(string Word, string Category);
