using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>Precision rules of this round: an acronym defined in the text wins there; titles of different genders keep people apart.</summary>
public sealed class DocumentSenseTests
{
    [Fact]
    public void AnAcronymDefinedInTheTextTakesThatMeaningNotTheTables()
    {
        const string text = "L'Association des maires de France (AMF) tiendra son congrès. L'AMF votera une motion.";
        var entities = FrenchResolve.Run(text, "ORG:Association des maires de France", "ORG:AMF", "ORG:AMF");

        var entity = Assert.Single(entities);
        Assert.Equal("Association des maires de France", entity.CanonicalName);
        var table = Entities.French.Resolution.FrenchAliasTable.Default;
        string authority = table.TableMatchKeyOf(Assert.Single(table.GetEntries("AMF")));
        Assert.DoesNotContain(authority, entity.Keys);
        Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Acronym, StringComparison.Ordinal));
    }

    /// <summary>A long form the tables know (without its acronym) keeps its own entry when it defines an acronym another entry has.</summary>
    [Fact]
    public void ADefinitionWinsOverTheAcronymsEntryWhenTheLongFormHasItsOwn()
    {
        const string text = "L'Association des maires de France (AMF) tiendra son congrès. L'AMF votera une motion.";
        var table = Entities.French.Resolution.FrenchAliasTable.Default;
        var own = Assert.Single(table.GetEntries("Association des maires de France"));
        var other = Assert.Single(table.GetEntries("AMF"));
        Assert.NotSame(own, other);

        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:Association des maires de France", "ORG:AMF", "ORG:AMF"));
        Assert.Contains(table.TableMatchKeyOf(own), entity.Keys);
        Assert.DoesNotContain(table.TableMatchKeyOf(other), entity.Keys);
    }

    /// <summary>English and French names of an organization of the knowledge tables join; its acronym alone does not take the table's entry.</summary>
    [Theory]
    [InlineData("La Banque d'Angleterre a baissé ses taux. La Bank of England reste prudente.", "ORG:Banque d'Angleterre", "ORG:Bank of England", true)]
    [InlineData("La Cour suprême des États-Unis a tranché. La Supreme Court a statué.", "ORG:Cour suprême des États-Unis", "ORG:Supreme Court", true)]
    [InlineData("La Banque d'Angleterre a baissé ses taux. La Cour suprême des États-Unis a statué.", "ORG:Banque d'Angleterre", "ORG:Cour suprême des États-Unis", false)]
    public void KnowledgeTableNamesJoinButNotTheirAcronyms(string text, string first, string second, bool together)
    {
        var entities = FrenchResolve.Run(text, first, second);
        if (together) ResolverAssert.Together(entities, 0, 1);
        else ResolverAssert.Apart(entities, 0, 1);
    }

    /// <summary>The acronym of a knowledge-table organization (not an alias-table one) alone gives no table key: another document may define it.</summary>
    [Theory]
    [InlineData("La Direction générale de l'aviation civile a publié un bilan.", "ORG:Direction générale de l'aviation civile", true)]
    [InlineData("La DGAC a publié un bilan.", "ORG:DGAC", false)]
    public void AKnowledgeTableAcronymAloneHasNoTableKey(string text, string mention, bool tableKey)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, mention));
        Assert.Equal(tableKey, entity.Keys.Any(key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal)));
    }

    /// <summary>The long form untagged: words whose initials spell the acronym, right before it in parentheses.</summary>
    [Theory]
    [InlineData("Le Centre d'innovation agricole (CIA) teste des robots. Le CIA espère vendre.", true)]
    [InlineData("L’Association des maires de France (AMF) se réunit.", true)]
    [InlineData("La Central Intelligence Agency (CIA) a perdu un analyste.", false)]  // the table's own long form
    [InlineData("Un agent de la très secrète (CIA) a parlé.", false)]                 // initials do not spell it
    [InlineData("Le centre d'innovation agricole (CIA) teste des robots.", false)]    // a phrase without a capital
    public void AnAcronymDefinedByAnUntaggedPhraseTakesThatMeaning(string text, bool definedInText)
    {
        string acronym = text.Contains("CIA", StringComparison.Ordinal) ? "CIA" : "AMF";
        var labels = Enumerable.Repeat("ORG:" + acronym, text.Split(acronym).Length - 1).ToArray();
        var entity = Assert.Single(FrenchResolve.Run(text, labels));
        bool tableKey = entity.Keys.Any(key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal) || key.StartsWith(MatchKeys.Acronym, StringComparison.Ordinal));
        Assert.Equal(definedInText, !tableKey);
    }

    /// <summary>A name with a generation suffix is another person than the name without it; its own short forms still join it.</summary>
    [Theory]
    [InlineData("Donald Trump Jr. a défendu son père, Donald Trump, hier.", "PER:Donald Trump Jr.", "PER:Donald Trump", false)]
    [InlineData("Donald Trump Jr a défendu son père, Donald Trump, hier.", "PER:Donald Trump Jr", "PER:Donald Trump", false)]
    [InlineData("Martin Luther King Sr. a prêché. Martin Luther King l'écoutait.", "PER:Martin Luther King Sr.", "PER:Martin Luther King", false)]
    [InlineData("Donald Trump Jr. a parlé. Trump Jr. a ensuite quitté la salle.", "PER:Donald Trump Jr.", "PER:Trump Jr.", true)]
    public void ANameWithAGenerationSuffixIsAnotherPerson(string text, string withSuffix, string other, bool together)
    {
        var entities = FrenchResolve.Run(text, withSuffix, other);
        if (together) ResolverAssert.Together(entities, 0, 1);
        else ResolverAssert.Apart(entities, 0, 1);
    }

    [Theory]
    [InlineData("Mohammed ben Salmane a reçu des diplomates. Le roi Salmane était absent.", "PER:Mohammed ben Salmane", "PER:Salmane")]
    [InlineData("Ahmed Ould Brahim a parlé. Brahim est mort en 1990.", "PER:Ahmed Ould Brahim", "PER:Brahim")]
    public void TheNameAfterAPatronymicParticleIsTheFathersNotAShortForm(string text, string fullName, string father)
    {
        var entities = FrenchResolve.Run(text, fullName, father);
        ResolverAssert.Apart(entities, 0, 1);
        var son = entities.Single(e => e.MentionIndices.Contains(0));
        Assert.DoesNotContain(MatchKeys.Surname + TextFolding.Fold(father[4..]), son.Keys);
    }

    [Fact]
    public void AShortFormStartingWithTheParticleStillJoins()
    {
        var entities = FrenchResolve.Run("Le prince Mohammed ben Salmane a parlé. Ben Salmane a ensuite quitté Riyad.", "PER:Mohammed ben Salmane", "PER:Ben Salmane");
        ResolverAssert.Together(entities, 0, 1);
    }

    /// <summary>A foreign nationality adjective after an organization's name makes it another organization (key and table entry).</summary>
    [Theory]
    [InlineData("Meloni a parlé devant le Sénat italien hier.", "Sénat", "sénat italien", false)]
    [InlineData("La réforme a échoué au Sénat américain.", "Sénat", "sénat americain", true)]          // the table's Sénat américain
    [InlineData("Le texte arrive au Sénat mardi.", "Sénat", "senat", true)]
    [InlineData("Le texte arrive au Sénat français mardi.", "Sénat", "senat", true)]            // the country's own adjective
    [InlineData("Le texte arrive au Sénat, italien ou pas.", "Sénat", "senat", true)]           // only spaces between
    [InlineData("La Commission européenne a tranché.", "Commission", "commission europeenne", true)] // the qualified name is itself known
    public void AForeignNationalityAdjectiveQualifiesAnOrganization(string text, string name, string key, bool tableEntry)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:" + name));
        Assert.Contains(entity.Keys, k => k.StartsWith(MatchKeys.Full, StringComparison.Ordinal) && TextFolding.Fold(k[MatchKeys.Full.Length..]) == TextFolding.Fold(key));
        Assert.Equal(tableEntry, entity.Keys.Any(k => k.StartsWith(MatchKeys.Table, StringComparison.Ordinal)));
    }

    /// <summary>An acronym written as a word (Inrae) is defined by a long form only when its letters spell it.</summary>
    [Theory]
    [InlineData("Le Syndicat intercommunal d'assainissement de la vallée de l'Arve (Siava) investit. Le Siava recrute.", "ORG:Syndicat intercommunal d'assainissement de la vallée de l'Arve", "ORG:Siava", "ORG:Siava", true)]
    [InlineData("La Préfecture de police (Paris) ferme. Paris dort.", "ORG:Préfecture de police", "ORG:Paris", "ORG:Paris", false)]
    public void AnAcronymWrittenAsAWordIsDefinedWhenItsLettersSpellTheLongForm(string text, string longForm, string acronym, string again, bool together)
    {
        var entities = FrenchResolve.Run(text, longForm, acronym, again);
        if (together) ResolverAssert.Together(entities, 0, 1);
        else ResolverAssert.Apart(entities, 0, 1);
        ResolverAssert.Together(entities, 1, 2);
    }

    [Fact]
    public void AnUnexplainedAcronymKeepsTheTablesMeaning()
    {
        const string text = "L'AMF a infligé une amende à une banque.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:AMF"));

        Assert.Equal("Autorité des marchés financiers", entity.CanonicalName);
        Assert.Contains(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));
    }

    [Fact]
    public void ADefinitionThatIsTheTablesOwnLongFormStillGetsTheTableKey()
    {
        const string text = "L'Organisation du traité de l'Atlantique nord (OTAN) se réunit. L'OTAN décide.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:Organisation du traité de l'Atlantique nord", "ORG:OTAN", "ORG:OTAN"));

        Assert.Contains(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("M. Obama est arrivé avec son épouse Michelle Obama.", "PER:Obama", "PER:Michelle Obama")]
    [InlineData("Mme Durand a parlé ; son mari Paul Durand s'est tu.", "PER:Durand", "PER:Paul Durand")]
    public void TitlesOfDifferentGendersKeepASurnameFromAFullName(string text, string surname, string fullName)
    {
        var entities = FrenchResolve.Run(text, surname, fullName);
        ResolverAssert.Apart(entities, 0, 1);
    }

    [Theory]
    [InlineData("Mme Obama a ouvert la séance, puis la présidente Michelle Obama a conclu.", "PER:Obama", "PER:Michelle Obama")]
    [InlineData("Mark Rutte a parlé. M. Rutte a conclu.", "PER:Mark Rutte", "PER:Rutte")]
    public void TheSameGenderOrNoGenderStillJoins(string text, string first, string second)
    {
        var entities = FrenchResolve.Run(text, first, second);
        ResolverAssert.Together(entities, 0, 1);
    }

    [Theory]
    [InlineData("M. Durand a croisé Mme Durand dans le couloir.", "PER:Durand", "PER:Durand")]
    [InlineData("La présidente Martin a reçu le sénateur Martin.", "PER:Martin", "PER:Martin")]
    [InlineData("Le préfet Girard a reçu la préfète Girard.", "PER:Girard", "PER:Girard")]
    [InlineData("La conseillère municipale Girard a répondu au conseiller municipal Girard.", "PER:Girard", "PER:Girard")]
    public void OneFormWithTitlesOfTwoGendersIsTwoPeople(string text, string first, string second)
    {
        var entities = FrenchResolve.Run(text, first, second);
        ResolverAssert.Apart(entities, 0, 1);
        Assert.Equal(["gender:m", "gender:f"], entities.Select(e => e.Keys.Single(k => k.StartsWith(MatchKeys.Gender, StringComparison.Ordinal))).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("Le président Trump est arrivé avec Melania. Mme Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Trump" }, "cogiven:melania")]
    [InlineData("Melania a salué la foule. Mme Trump a souri.", new[] { "PER:Melania", "PER:Trump" }, "cogiven:melania")]
    [InlineData("Mme Trump a souri.", new[] { "PER:Trump" }, null)]                                                      // no given name beside it
    [InlineData("Pierre a salué la foule. Mme Trump a souri.", new[] { "PER:Pierre", "PER:Trump" }, null)]               // a man's given name
    [InlineData("Melania a salué la foule. Ivanka Trump a souri.", new[] { "PER:Melania", "PER:Ivanka Trump" }, null)]   // a full name
    public void ASurnameBesideAGivenNameAloneOfItsGenderKeepsIt(string text, string[] mentions, string? key)
    {
        var entities = FrenchResolve.Run(text, mentions);
        var trump = entities.Single(e => e.CanonicalName.Contains("Trump", StringComparison.Ordinal) && !e.Keys.Contains(MatchKeys.Male));
        var hints = trump.Keys.Where(k => k.StartsWith(MatchKeys.CompanionGivenName, StringComparison.Ordinal)).ToArray();
        Assert.Equal(key is null ? [] : [key], hints);
        Assert.All(entities.Where(e => e != trump), e => Assert.DoesNotContain(e.Keys, k => k.StartsWith(MatchKeys.CompanionGivenName, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Marseille s'est imposé 3-1 face à Lens samedi.", "Marseille", true)]
    [InlineData("Le club est deuxième du championnat, derrière Paris.", "Paris", true)]
    [InlineData("Après le nul, Lorient reste invaincu à domicile.", "Lorient", true)]
    [InlineData("Lens a dominé Nantes (2-0) samedi soir.", "Nantes", true)]                               // the object of a match verb
    [InlineData("Samedi, Lens a battu Lorient 3-1 au stade Bollaert.", "Lorient", true)]
    [InlineData("La ville de Lorient rénove la base de sous-marins.", "Lorient", false)]                // the town
    [InlineData("Lorient s'impose comme la capitale de la voile.", "Lorient", false)]                    // no match in the document
    [InlineData("En 14-18, Paris s'est imposé comme capitale de la presse.", "Paris", false)]          // a war, not a score
    [InlineData("Le stade de Lens affiche complet pour le derby, face à Lille.", "Lens", false)]       // the town of the stadium
    public void ATownStandingForItsTeamIsKeyedApartFromTheTown(string text, string town, bool team)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, "LOC:" + town), e => e.CanonicalName == town);
        Assert.Equal(EntityLabel.Location, entity.Label);   // the literal type stays
        string folded = Entities.Knowledge.TextFolding.Fold(town);
        if (team)
        {
            Assert.Contains(MatchKeys.Full + folded + " " + AliasResolverProfile.TeamKeySuffix, entity.Keys);
            Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain(MatchKeys.Full + folded + " " + AliasResolverProfile.TeamKeySuffix, entity.Keys);
        }
    }

    [Theory]
    [InlineData("Le FC Lorient a arraché le nul 1-1 face à Brest. Lorient reste invaincu à domicile.", new[] { "ORG:FC Lorient", "LOC:Brest", "LOC:Lorient" }, true)]
    [InlineData("L'Olympique de Marseille a battu Lens 3-1. Marseille s'est imposé au Vélodrome.", new[] { "ORG:Olympique de Marseille", "LOC:Lens", "LOC:Marseille" }, true)]
    [InlineData("Le FC Lorient a arraché le nul 1-1 face à Brest, et la mairie de Lorient a salué les joueurs. Lorient reste invaincu à domicile.", new[] { "ORG:FC Lorient", "LOC:Brest", "ORG:mairie de Lorient", "LOC:Lorient" }, false)] // two organizations hold the name
    [InlineData("Le FC Lorient a arraché le nul 1-1 face à Brest. La ville de Lorient fête ses joueurs.", new[] { "ORG:FC Lorient", "LOC:Brest", "LOC:Lorient" }, false)]  // the town itself
    [InlineData("Le Stade brestois a arraché le nul 1-1. Lorient reste invaincu à domicile.", new[] { "ORG:Stade brestois", "LOC:Lorient" }, false)]                       // another club
    public void ATownStandingForItsTeamJoinsTheClubTheReportNames(string text, string[] mentions, bool together)
    {
        var entities = FrenchResolve.Run(text, mentions);
        var club = ResolverAssert.EntityOf(entities, 0);
        var town = ResolverAssert.EntityOf(entities, mentions.Length - 1);
        Assert.Equal(together, ReferenceEquals(club, town));
        Assert.Equal(EntityLabel.Organization, club.Label);
    }

    [Theory]
    [InlineData("Les Londoniens reviennent à trois points du leader, Liverpool.", EntityLabel.Location)]   // an apposition after the comma
    [InlineData("Les Londoniens ont salué le leader Kerbrat.", EntityLabel.Person)]                      // a title right before it
    public void OnlyATitleRightBeforeANameMakesItAPerson(string text, EntityLabel expected)
    {
        string name = text.Contains("Liverpool", StringComparison.Ordinal) ? "Liverpool" : "Kerbrat";
        var entity = Assert.Single(FrenchResolve.Run(text, "LOC:" + name));
        Assert.Equal(expected, entity.Label);
    }

    [Theory]
    [InlineData("Marie, 34 ans, infirmière, témoigne.", "PER:Marie", "given:marie")]   // a given name alone: an attribute
    [InlineData("Mme Marie a témoigné.", "PER:Marie", "surname:marie")]              // a title makes it a surname
    [InlineData("Macron a témoigné.", "PER:Macron", "surname:macron")]                // no given name
    public void ALoneGivenNameWithNoTitleIsNoSurname(string text, string mention, string key)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, mention));
        Assert.Contains(key, entity.Keys);
        Assert.DoesNotContain(entity.Keys, k => k != key && (k.StartsWith(MatchKeys.Surname, StringComparison.Ordinal) || k.StartsWith(MatchKeys.GivenName, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("M. Durand a parlé. M. Durand a conclu.")]
    [InlineData("Mme Durand a parlé. Durand a conclu.")]
    public void OneFormWithOneGenderIsOnePerson(string text)
    {
        var entities = FrenchResolve.Run(text, "PER:Durand", "PER:Durand");
        ResolverAssert.Together(entities, 0, 1);
    }
}
