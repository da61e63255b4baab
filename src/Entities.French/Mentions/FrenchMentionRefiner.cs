using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.French.Mentions;

/// <summary>
/// The French rule layer between the tagger and the resolver: extends mentions cut short to a full name of the French alias
/// table (<see cref="AliasTableSpanExtender"/>), then relabels all-capitals datelines the table knows (<see cref="AllCapsAliasRelabeler"/>), then tags the untagged repeats
/// of acronyms the tagger found (<see cref="AcronymRecurrenceRefiner"/>), then adds the table's acronyms it missed
/// (<see cref="TableAcronymTagger"/>).
/// </summary>
public static class FrenchMentionRefiner
{
    private static readonly Lazy<IMentionRefiner> LazyDefault = new(
        () => new MentionRefinerChain(new AliasTableSpanExtender(FrenchAliasTable.Default), new AllCapsAliasRelabeler(FrenchAliasTable.Default), AcronymRecurrenceRefiner.Instance,
            new TableAcronymTagger(FrenchAliasTable.Default)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The refiner over <see cref="FrenchAliasTable.Default"/>, built once. Immutable and thread-safe.</summary>
    public static IMentionRefiner Default => LazyDefault.Value;
}
