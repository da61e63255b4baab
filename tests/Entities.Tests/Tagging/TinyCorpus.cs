using Entities.Corpora;

namespace Entities.Tests.Tagging;

/// <summary>A small hand-written French corpus for training tests.</summary>
internal static class TinyCorpus
{
    private const string Text = """
        Marie	B-PER
        Dupont	I-PER
        habite	O
        à	O
        Lyon	B-LOC
        .	O

        Le	O
        maire	O
        de	O
        Lille	B-LOC
        a	O
        reçu	O
        Paul	B-PER
        Martin	I-PER
        .	O

        L'	O
        Unesco	B-ORG
        siège	O
        à	O
        Paris	B-LOC
        .	O

        Jean	B-PER
        Durand	I-PER
        travaille	O
        pour	O
        Renault	B-ORG
        à	O
        Rennes	B-LOC
        .	O

        Sophie	B-PER
        Bernard	I-PER
        a	O
        quitté	O
        Marseille	B-LOC
        pour	O
        Nantes	B-LOC
        .	O

        La	O
        SNCF	B-ORG
        dessert	O
        Bordeaux	B-LOC
        et	O
        Toulouse	B-LOC
        .	O

        Le	O
        festival	O
        de	O
        Cannes	B-LOC
        accueille	O
        Claire	B-PER
        Petit	I-PER
        .	O
        """;

    public static IReadOnlyList<CorpusSentence> Sentences { get; } =
        IobReader.Read(new StringReader(Text.Replace("\r", "")), "tiny.iob2").ToList();
}
