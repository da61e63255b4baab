using Entities.French.Extraction;
using Entities.Graph;

namespace Entities.Tests.Extraction;

public sealed class FrenchEntityExtractorTests
{
    private static readonly FrenchEntityExtractor Extractor = new();

    // Sentences written for these tests; each names the expected span (surface) and label.
    public static TheoryData<string, string, string> ExpectedMentions => new()
    {
        { "M. Rutte a salué mardi la fermeté des alliés.", "Rutte", "PER" },
        { "Les ministres de l’Otan se retrouvent jeudi à Bruxelles.", "Otan", "ORG" },
        { "Le secrétaire général de l'OTAN a publié un communiqué.", "OTAN", "ORG" },
        { "Des combats ont repris dans la région de Koursk pendant la nuit.", "Koursk", "LOC" },
        { "Selon le NIS, des soldats ont été déployés.", "NIS", "ORG" },
        { "Kim Jong-un a inspecté une usine de munitions.", "Kim Jong-un", "PER" },
        { "La Corée du Nord a procédé à un nouvel essai.", "Corée du Nord", "LOC" },
        { "Un défilé militaire s'est tenu à Pyongyang samedi.", "Pyongyang", "LOC" },
        { "Sergueï Lavrov a reçu son homologue chinois à Moscou.", "Sergueï Lavrov", "PER" },
        { "Mark Rutte est arrivé à La Haye dans la matinée.", "Mark Rutte", "PER" },
        { "L'Organisation mondiale de la santé a lancé une alerte.", "Organisation mondiale de la santé", "ORG" },
        // Rule layer of session 12: knowledge acronyms, names after a role, a decisive article, a percentage, firms' last words.
        { "Daron Acemoglu, professeur au MIT, a témoigné.", "MIT", "ORG" },
        { "Paul Roy, secrétaire général de Renaissance, a présenté le logo.", "Renaissance", "ORG" },
        { "Les titres de L'Oréal ont mieux résisté.", "L'Oréal", "ORG" },
        { "Michelin a gagné 0,5 % à la clôture.", "Michelin", "ORG" },
        { "La ligne Calais-Douvres rouvre lundi.", "Douvres", "LOC" },
        { "Pour le groupe Horizons & indépendants, Mme Sandrine Roy a voté contre.", "Horizons & indépendants", "ORG" },
        // Session 18: a nationality noun before a name, a trade and a name, a person noun before a street, a building's head.
        { "Il a devancé l'Italien Brambilla au sprint.", "Brambilla", "PER" },
        { "Les Transports Girard ont racheté un dépôt à Nevers.", "Transports Girard", "ORG" },
        { "Une commerçante chaussée de Waterloo raconte sa journée.", "chaussée de Waterloo", "LOC" },
        { "Ils ont dîné à l'auberge des Trois-Rois.", "auberge des Trois-Rois", "LOC" },
        { "Partager : Facebook · X · LinkedIn", "X", "ORG" },
        // Session 19: a capitalized article inside a sentence opens an unknown name; members and candidates name their party.
        { "Elle préside l'association Les Amis du Verger depuis mars.", "Les Amis du Verger", "ORG" },
        { "Les élus d'Horizons se sont abstenus.", "Horizons", "ORG" },
        { "Mme Durand, membre de Renaissance, a pris la parole.", "Renaissance", "ORG" },
        { "Le candidat des Républicains a voté contre.", "Républicains", "ORG" },
        { "Les salariés de l'usine Renault de Douai sont inquiets.", "Douai", "LOC" },
        { "(Applaudissements sur les bancs des groupes EcoS et SOC.)", "SOC", "ORG" },
        { "Merci de votre lecture.\n© Le Fanal des Côtes 2025 – Mentions légales", "Le Fanal des Côtes", "ORG" },
        { "Il y trouva Desvignes, le chroniqueur du Figaro, qui lisait la cote.", "Figaro", "ORG" },
        { "Elle a reçu le prix Goncourt en 2020.", "Goncourt", "MISC" },
        { "Il a gagné le Tour de France puis le Vendée Globe.", "Tour de France", "MISC" },
        { "Il a gagné le Tour de France puis le Vendée Globe.", "Vendée Globe", "MISC" },
        { "Il a remporté Paris-Roubaix au sprint.", "Paris-Roubaix", "MISC" },
        { "Les navettes Paris-Nice reprennent lundi.", "Nice", "LOC" },
        // Session 27: a place context decides the name's other mentions (the town, not the company).
        { "À Orange, le festival a attiré 40 000 spectateurs. Le maire d'Orange a salué une saison record.", "Orange", "LOC" },
    };

    [Theory]
    [MemberData(nameof(ExpectedMentions))]
    public void FindsTheEntityWithItsExactSpanAndLabel(string text, string surface, string label)
    {
        var result = Extractor.ExtractEntities(text);
        int start = text.IndexOf(surface, StringComparison.Ordinal);
        var mention = Assert.Single(result.Mentions, m => m.Start == start && m.End == start + surface.Length);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(label, mention.Label.ToCode());
        Assert.InRange(mention.Score, 0.0, 1.0);
        Assert.NotNull(mention.EntityId);
    }

    [Fact]
    public void NullTextIsRejected() => Assert.Throws<ArgumentNullException>(() => Extractor.ExtractEntities(null!));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\u00A0\u202F\u2028")]
    public void BlankTextGivesTheEmptyResult(string text) => Assert.Same(ExtractionResult.Empty, Extractor.ExtractEntities(text));

    [Fact]
    public void ACancelledTokenStopsTheExtraction()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.ExtractEntities("Mark Rutte est à Paris.", source.Token));
    }

    [Fact]
    public void MentionsAreSortedInBoundsAndSpellTheirText()
    {
        const string text = "« Nous resterons unis », a déclaré M. Rutte à Vilnius, avant de rejoindre Varsovie puis Berlin. "
            + "Le chancelier allemand et la présidente de la Commission européenne l’y attendaient.\n\nDans la soirée, l’Otan a publié un communiqué.";
        var result = Extractor.ExtractEntities(text);
        Assert.NotEmpty(result.Mentions);
        int previousEnd = 0;
        foreach (var mention in result.Mentions)
        {
            Assert.True(mention.Start >= previousEnd, "mentions must be sorted and must not overlap");
            Assert.True(mention.End <= text.Length);
            Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
            previousEnd = mention.End;
        }

        // Every mention belongs to exactly one document entity, and the ids agree.
        var owners = result.Entities.SelectMany(e => e.MentionIndices.Select(i => (i, e.Id))).ToList();
        Assert.Equal(Enumerable.Range(0, result.Mentions.Count), owners.Select(o => o.i).Order());
        Assert.All(owners, o => Assert.Equal(o.Id, result.Mentions[o.i].EntityId));
    }

    [Fact]
    public void AliasesOfOneEntityShareItsId()
    {
        var result = Extractor.ExtractEntities("Mark Rutte a présidé la réunion. M. Rutte a ensuite répondu aux questions. Rutte a quitté Bruxelles le soir.");
        var people = result.Mentions.Where(m => m.Label == EntityLabel.Person).ToList();
        Assert.Equal(3, people.Count);
        Assert.Single(people.Select(m => m.EntityId).Distinct());
        var entity = Assert.Single(result.Entities, e => e.Id == people[0].EntityId);
        Assert.Equal("Mark Rutte", entity.CanonicalName);
    }

    [Fact]
    public void ASharedGraphGivesTheSameIdAcrossDocuments()
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        var first = extractor.ExtractEntities("Mark Rutte a rencontré les ministres de l'OTAN à Bruxelles.", "a1");
        var second = extractor.ExtractEntities("À Vilnius, M. Rutte a défendu l’Otan face aux critiques.", "a2");
        string Id(ExtractionResult r, string surface) => graph.TryGetNode(r.Mentions.Single(m => m.Text == surface).EntityId!, out var node) ? node.Id : "";
        Assert.Equal(Id(first, "Mark Rutte"), Id(second, "Rutte"));
        Assert.Equal(Id(first, "OTAN"), Id(second, "Otan"));
        Assert.Equal(first.Mentions.Single(m => m.Text == "OTAN").EntityId, second.Mentions.Single(m => m.Text == "Otan").EntityId); // a shared strong key: the same linking node
        Assert.Equal(2, graph.DocumentCount);
        Assert.Throws<ArgumentException>(() => extractor.ExtractEntities("Rutte est à Paris.", "a1"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADocumentsEntitiesSpeakOfTheDocumentTheGraphKeepsTheTablesName(bool shared)
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = shared ? graph : null });
        var result = extractor.ExtractEntities("L'Unesco a inscrit le site au patrimoine mondial.", "u1");
        var unesco = Assert.Single(result.Entities, e => e.Aliases.Contains("Unesco"));
        Assert.Equal("Unesco", unesco.CanonicalName);   // the document's own form, not the table's long name
        Assert.Equal(["Unesco"], unesco.Aliases);
        if (!shared) return;
        Assert.True(graph.TryGetNode(unesco.Id, out var node));
        Assert.NotEqual("Unesco", node.CanonicalName);    // the graph keeps the table's canonical name
        Assert.Contains(node.Aliases, a => a.Alias == "Unesco");
    }

    [Fact]
    public void WithoutADocumentIdTheGraphNamesDocumentsItself()
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        extractor.ExtractEntities("Emmanuel Macron est à Marseille.");
        extractor.ExtractEntities("Emmanuel Macron a quitté Marseille.");
        Assert.Equal(2, graph.DocumentCount);
        Assert.Single(graph.FindByAlias("Emmanuel Macron"));
    }

    [Theory]
    [InlineData(-0.1, 400)]
    [InlineData(1.5, 400)]
    [InlineData(0.5, 4)]
    public void InvalidOptionsAreRejectedWithTheirName(double minimumScore, int maxSentenceTokens)
    {
        var error = Assert.Throws<ArgumentException>(() => new FrenchEntityExtractor(
            new FrenchEntityExtractorOptions { MinimumScore = minimumScore, MaxSentenceTokens = maxSentenceTokens }));
        Assert.Contains(minimumScore is < 0 or > 1 ? "MinimumScore" : "MaxSentenceTokens", error.Message);
    }

    [Fact]
    public void AMissingModelFileIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new FrenchEntityExtractor(new FrenchEntityExtractorOptions { ModelPath = "/nonexistent/fr.model" }));
        Assert.Contains("/nonexistent/fr.model", error.Message);
    }

    [Fact]
    public void MiscellaneousMentionsCanBeLeftOut()
    {
        const string text = "Les Jeux olympiques de Paris ont attiré des millions de visiteurs venus de Chine et du Brésil.";
        var without = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { IncludeMiscellaneous = false }).ExtractEntities(text);
        Assert.DoesNotContain(without.Mentions, m => m.Label == EntityLabel.Miscellaneous);
        Assert.Contains(without.Mentions, m => m.Label == EntityLabel.Location);
    }

    [Fact]
    public void RunOnTextIsTaggedInWindows()
    {
        // 2,000 tokens without a sentence end: tagged in windows, names still found in each.
        var text = string.Join(" et ", Enumerable.Repeat("le maire de Lyon a salué Mark Rutte", 60));
        var result = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { MaxSentenceTokens = 64 }).ExtractEntities(text);
        Assert.True(result.Mentions.Count(m => m.Text == "Lyon") >= 50);
    }
}

public sealed class DocumentEntityAliasOrderTests
{
    [Fact]
    public void TheCanonicalNameComesFirstAmongTheAliasesWithASharedGraph()
    {
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = new Entities.Graph.EntityGraph() });
        foreach (var result in new[]
        {
            extractor.ExtractEntities("Les dirigeants de l’Otan se sont réunis à Bruxelles.", "d1"),
            extractor.ExtractEntities("L'Otan et l'OTAN désignent la même alliance.", "d2"),
        })
        {
            Assert.All(result.Entities, entity => Assert.Equal(entity.CanonicalName, entity.Aliases[0]));
            Assert.All(result.Entities, entity => Assert.Equal(entity.Aliases.Count, entity.Aliases.Distinct().Count()));
        }
    }
}

/// <summary>The French rule layer on web text and novels: furniture, nationality nouns, names repeated in a document.</summary>
public sealed class FrenchWebAndNovelTextTests
{
    private static readonly Entities.French.Extraction.FrenchEntityExtractor Extractor = new();

    [Theory]
    [InlineData("Le chantier reprend lundi. Read More")]
    [InlineData("Le chantier reprend lundi.\nLire aussi\nPartager")]
    [InlineData("Ce contenu est réservé à nos abonnés. Already a subscriber? Log in")]
    public void WebFurnitureIsNeverAnEntity(string text) =>
        Assert.DoesNotContain(Extractor.ExtractEntities(text).Mentions, m => m.Text is "Read More" or "Lire aussi" or "Partager" or "Already" or "Log in");

    [Theory]
    [InlineData("Nous utilisons des cookies. Personnaliser Tout accepter Paramétrer", "Personnaliser")]
    [InlineData("Nous utilisons des cookies. Paramétrer", "Paramétrer")]
    public void ConsentBannerWordsAreNeverEntities(string text, string word) =>
        Assert.DoesNotContain(Extractor.ExtractEntities(text).Mentions, m => m.Text == word);

    [Theory]
    [InlineData("— Monseigneur, dit-il, la voiture est prête.", "Monseigneur")]
    [InlineData("— Madame, répondit le cocher, nous partons.", "Madame")]
    public void ATitleAloneNamesNoOne(string text, string title) =>
        Assert.DoesNotContain(Extractor.ExtractEntities(text).Mentions, m => m.Text == title);

    [Theory]
    [InlineData("Suivez-nous sur X et Facebook.", true)]
    [InlineData("Le réseau social X a supprimé le compte.", true)]
    [InlineData("Partager : X · Facebook · E-mail", true)]              // a share bar
    [InlineData("Louis X fut roi de France.", false)]                    // part of a name
    [InlineData("Le film X est sorti hier.", false)]                     // no phrase before it
    public void TheSocialNetworkXIsReadOnlyInContext(string text, bool organization) =>
        Assert.Equal(organization, Extractor.ExtractEntities(text).Mentions.Any(m => m.Text == "X" && m.Label == EntityLabel.Organization));

    [Fact]
    public void AnAcronymSpelledLikeATitleStaysAnEntity() =>
        Assert.Contains(Extractor.ExtractEntities("La parole est à Mme Anne Roy, pour le groupe DR.").Mentions, m => m.Text == "DR");

    [Fact]
    public void NationalityNounsAreMiscellaneousNotPlaces()
    {
        var mentions = Extractor.ExtractEntities("Les Sud-Africains ont voté dimanche, comme les Nord-Coréens.").Mentions;
        Assert.All(mentions.Where(m => m.Text is "Sud-Africains" or "Nord-Coréens"), m => Assert.Equal(EntityLabel.Miscellaneous, m.Label));
        Assert.DoesNotContain(mentions, m => m.Label == EntityLabel.Location);
    }

    [Fact]
    public void ACountryNamedLikeItsPeopleStaysAPlace() =>
        Assert.Contains(Extractor.ExtractEntities("La Suisse a voté dimanche.").Mentions, m => m.Text == "Suisse" && m.Label == EntityLabel.Location);

    [Fact]
    public void ANobleNameIsAPersonEverywhereInTheDocument()
    {
        var mentions = Extractor.ExtractEntities("Le comte de Villefort entra. Villefort salua Mercédès.").Mentions;
        var villefort = mentions.Where(m => m.Text == "Villefort").ToList();
        Assert.Equal(2, villefort.Count);
        Assert.All(villefort, m => Assert.Equal(EntityLabel.Person, m.Label));
    }
}

/// <summary>With a shared graph, a document's output speaks of the document: its own names and forms, the graph's node ids.</summary>
public sealed class DocumentOwnFormsTests
{
    [Fact]
    public void ADocumentListsOnlyTheFormsItContains()
    {
        var graph = new Entities.Graph.EntityGraph();
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = graph });
        var first = extractor.ExtractEntities("Mark Rutte a ouvert le sommet. M. Rutte a ensuite reçu la presse.", "a");
        var second = extractor.ExtractEntities("À Vilnius, Rutte a défendu l'alliance.", "b");

        var rutte = Assert.Single(second.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal(["Rutte"], rutte.Aliases);
        Assert.Equal("Rutte", rutte.CanonicalName);
        Assert.True(graph.TryGetNode(rutte.Id, out var node));   // the lone surname's linking node belongs to Mark Rutte's
        Assert.Equal(Assert.Single(first.Entities, e => e.Label == EntityLabel.Person).Id, node.Id);
        Assert.Contains("Mark Rutte", node.Aliases.Select(a => a.Alias));
    }
}

/// <summary>A document without entities still leaves its trace in the graph: one can tell it was processed.</summary>
public sealed class DocumentsWithoutEntitiesTests
{
    [Theory]
    [InlineData("il pleut depuis ce matin.")]
    [InlineData("   ")]
    public void TheGraphRecordsTheDocument(string text)
    {
        var graph = new Entities.Graph.EntityGraph();
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = graph });

        Assert.Empty(extractor.ExtractEntities(text, "quiet.txt").Mentions);

        Assert.True(graph.ContainsDocument("quiet.txt"));
        Assert.Equal(1, graph.DocumentCount);
    }
}

/// <summary>A table's label is a candidate, not a verdict: a profession right before a name makes it a person.</summary>
public sealed class PersonNounTests
{
    private static readonly Entities.French.Extraction.FrenchEntityExtractor Extractor = new();

    [Theory]
    [InlineData("Le pianiste Chelsea a joué du Chopin à Vienne.", "Chelsea", "PER")]
    [InlineData("Le chanteur Wagner a ouvert le festival.", "Wagner", "PER")]
    [InlineData("Le club de Chelsea a gagné à Londres.", "Chelsea", "ORG")]
    public void AProfessionBeforeANameMakesItAPerson(string text, string name, string label) =>
        Assert.Contains(Extractor.ExtractEntities(text).Mentions, m => m.Text == name && m.Label.ToCode() == label);
}

/// <summary>A batch with a store links documents in input order on the consuming thread: ids do not depend on the threads.</summary>
public sealed class BatchLinkingOrderTests
{
    [Fact]
    public void ThreadsGiveTheSameIds()
    {
        var requests = Enumerable.Range(0, 40)
            .Select(i => new ExtractionRequest(i % 3 == 0 ? "Mark Rutte est à Berlin avec Olaf Scholz." : i % 3 == 1 ? "Rutte a quitté l'OTAN à Bruxelles." : "Scholz et Lagarde parlent à Francfort.", "d" + i))
            .ToList();
        string Ids(int threads)
        {
            var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = new Entities.Graph.EntityGraph() });
            return string.Join("\n", extractor.ExtractAll(requests, threads).Select(r => r.Id + ": " + string.Join(",", r.Result!.Mentions.Select(m => m.Text + "=" + m.EntityId))));
        }

        string sequential = Ids(1);
        Assert.Equal(sequential, Ids(4));
        Assert.Equal(sequential, Ids(2));
    }

    [Fact]
    public void LinkNeedsAStore()
    {
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions());
        var read = extractor.ExtractUnlinked("Mark Rutte est à Berlin.");
        Assert.NotEmpty(read.Mentions);
        Assert.Throws<InvalidOperationException>(() => extractor.Link(read, "a"));
    }
}
