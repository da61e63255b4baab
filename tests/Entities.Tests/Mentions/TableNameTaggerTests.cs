using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Sentences;

namespace Entities.Tests.Mentions;

public sealed class TableNameTaggerTests
{
    private static readonly TableNameTagger Tagger = new(TestTables.Institutions, FrenchTokenizer.Default);

    [Theory]
    [InlineData("Selon l'Insee, le chômage recule.", "Insee/ORG")]
    [InlineData("Selon l’Insee, le chômage recule.", "Insee/ORG")]
    [InlineData("La Haute Autorité de santé a rendu un avis.", "Haute Autorité de santé/ORG")]
    [InlineData("Haute Autorité de santé : un avis attendu.", "Haute Autorité de santé/ORG")] // several words: even first in the sentence
    [InlineData("TotalEnergies annonce un plan.", "TotalEnergies/ORG")] // an internal capital: even first in the sentence
    [InlineData("BFMTV a diffusé l'entretien.", "BFMTV/ORG")]
    [InlineData("Une dépêche de l'Agence France-Presse le confirme.", "Agence France-Presse/ORG")]
    [InlineData("Le Conseil d'État a tranché.", "Conseil d'État/ORG")]
    [InlineData("Le Conseil d’État a tranché.", "Conseil d’État/ORG")] // typographic apostrophe in the text, straight in the table
    [InlineData("Le rapport de la Cour des comptes sort jeudi.", "Cour des comptes/ORG")]
    [InlineData("Le gouverneur de la Banque de France s'exprime.", "Banque de France/ORG")] // the longest name, not France
    [InlineData("Il a quitté Matignon hier.", "Matignon/ORG")]
    [InlineData("Il a quitté l'Hôtel de Matignon hier.", "Hôtel de Matignon/ORG")]
    [InlineData("Selon Orange, le réseau tient.", "Orange/ORG")]
    [InlineData("Il écoute franceinfo le matin.", "franceinfo/ORG")]
    [InlineData("Les rédactions de Franceinfo votent.", "Franceinfo/ORG")]   // a lower-case brand, capitalized by an editor
    [InlineData("Il lit Les Échos chaque jour.", "Les Échos/ORG")]
    [InlineData("Il vit à Paris depuis 2010.", "Paris/LOC")]
    [InlineData("Selon Macron, rien ne presse.", "Macron/PER")]
    [InlineData("Entre Matignon et la Cour des comptes, le ton monte.", "Matignon/ORG|Cour des comptes/ORG")]
    [InlineData("Un membre de l'organisation du traité de l'Atlantique nord parle.", "organisation du traité de l'Atlantique nord/ORG")] // four words or more: also in lower case at its head
    public void AddsATableNameTheTaggerMissed(string text, string expected)
    {
        var input = new RefinerInput(text);
        var result = input.Run(Tagger);
        Assert.Equal(expected.Split('|'), input.Render(result));
        Assert.All(result, m => Assert.Equal(TableNameTagger.Score, m.Score));
    }

    [Theory]
    [InlineData("Orange a publié ses résultats.")] // one plain word first in the sentence: the capital proves nothing
    [InlineData("« Orange est une couleur », dit-il.")] // nor first in a quotation
    [InlineData("Il aime le jus d'orange.")] // not spelled as the table spells it
    [InlineData("La gendarmerie enquête sur place.")] // a lower-case word of a longer name: a common noun
    [InlineData("Le siège de Georgia est loin.")] // a name the table gives two labels
    [InlineData("Le rapport de la cour des comptes sort jeudi.")] // case-sensitive: three words are not read in lower case
    [InlineData("Selon la haute autorité de santé, le vaccin est sûr.")] // only the head's capital may go
    [InlineData("Le rapport de la Cour Des comptes sort jeudi.")] // a small word capitalized where the table writes it in lower case
    [InlineData("La Haute Autorité de la santé a parlé.")] // not a name of the table
    [InlineData("MATIGNON ET BFMTV : LE DIVORCE")] // a headline in capitals
    [InlineData("Les Inseeistes se réunissent.")] // part of a longer word
    [InlineData("Le Conseil d'État 2 siège.")] // an organization before a number: a product's or a model's name
    [InlineData("Franceinfo a diffusé l'entretien.")] // a lower-case brand capitalized first in a sentence: the capital proves nothing
    public void AddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Same(input.Mentions, input.Run(Tagger));
    }

    [Theory]
    [InlineData("La Cour des comptes alerte.", "Cour", "ORG", "Cour/ORG")] // the tagger's shorter mention stays as it is
    [InlineData("La Cour des comptes alerte.", "comptes", "MISC", "comptes/MISC")]
    [InlineData("Selon l'Insee, le chômage recule.", "Insee", "LOC", "Insee/LOC")] // relabeling is another layer's job
    [InlineData("Selon l'Insee, la Banque de France recrute.", "Insee", "ORG", "Insee/ORG|Banque de France/ORG")]
    [InlineData("La Cour des comptes alerte.", "comptes", "LOC", "comptes/LOC")] // a lower-case word is no place the name takes in
    public void NeverOverlapsOrChangesExistingMentions(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : default);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("Le gouverneur de la Banque de France parle.", "France", "LOC", "Banque de France/ORG")]   // the place at the end of the name
    [InlineData("Le gouverneur de la Banque de France parle.", "France", "PER", "France/PER")]             // a person: left alone
    [InlineData("Le gouverneur de la Banque de France parle.", "Banque", "LOC", "Banque/LOC|France/LOC")] // not at the end of the name
    public void TakesInAPlaceAtTheEndOfAnOrganizationsName(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : default);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("Selon Le Dauphiné libéré, la station ferme.", "Dauphiné", "LOC", "Le Dauphiné libéré/ORG")]            // a place inside the name
    [InlineData("Selon Le Dauphiné libéré Grenoble, rien.", "Dauphiné libéré Grenoble", "LOC", "Dauphiné libéré Grenoble/LOC")] // the place ends past the name
    [InlineData("Selon Le Dauphiné libéré Grenoble, rien.", "Dauphiné", "PER", "Dauphiné/PER")]                         // a person: left alone
    public void TakesInAPlaceInsideAnOrganizationsName(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : default);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(new TableNameTagger(FrenchAliasTable.Default, FrenchTokenizer.Default))));
    }

    [Fact]
    public void NeverCrossesASentenceEnd()
    {
        const string text = "Il parle à la Cour des comptes demain.";
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        int des = tokens.Select((t, i) => (t, i)).First(p => p.t.GetText(text) == "des").i;
        var input = new RefinerInput(text, [new Sentence(0, des + 1), new Sentence(des + 1, tokens.Count - des - 1)]);
        Assert.Empty(input.Run(Tagger));
    }

    [Theory]
    [InlineData("Le Conseil constitutionnel a validé la loi.", "Conseil constitutionnel/ORG")]
    [InlineData("Le gouverneur de la Banque centrale européenne parle.", "Banque centrale européenne/ORG")]
    [InlineData("Il a quitté Matignon hier.", "Matignon/LOC")]   // a building standing for an institution: a place
    [InlineData("Il code pour le processeur Motorola 6800.", "")]      // a maker's name before a model number
    [InlineData("Pour Motorola 2024 fut une année faste.", "Motorola/ORG")] // a year is no model
    [InlineData("Le Conseil Constitutionnel a validé la loi.", "Conseil Constitutionnel/ORG")]   // a capital the table writes in lower case
    [InlineData("Le rapport de la Cour des Comptes sort jeudi.", "Cour des Comptes/ORG")]
    [InlineData("Le gouverneur de la Banque Centrale Européenne parle.", "Banque Centrale Européenne/ORG")]
    [InlineData("Le conseil constitutionnel a validé la loi.", "")]                            // not the reverse: a lower case the table capitalizes
    [InlineData("La Federation francaise de football sanctionne.", "Federation francaise de football/ORG")] // typed without accents
    [InlineData("Selon la Caisse des depots, tout va bien.", "Caisse des depots/ORG")]
    [InlineData("Sénat – Séance du 22 janvier", "Sénat/ORG")]                                   // a label opening a title: a name at the start too
    [InlineData("Sénat : la séance est ouverte.", "Sénat/ORG")]
    [InlineData("Sénat et Assemblée votent.", "")]                                              // at the start otherwise: a capital proves nothing
    [InlineData("Sénat-Séance du 22 janvier", "")]                                              // the mark must stand apart
    [InlineData("Le ministre a demandé à la Chambre de voter le budget.", "Chambre/ORG")]      // the chamber of deputies, written short
    [InlineData("La Chambre a voté la loi hier soir.", "Chambre/ORG")]
    [InlineData("Il a pris une chambre à l'hôtel.", "")]                                       // the word, not the name
    [InlineData("Chambre avec vue sur la mer.", "")]
    public void FindsNamesOfTheFrenchTable(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected.Length == 0 ? [] : [expected], input.Render(input.Run(new TableNameTagger(FrenchAliasTable.Default, FrenchTokenizer.Default))));
    }

    /// <summary>One-word names first in a sentence: taken when their lower-case form is no ordinary word of the language.</summary>
    [Theory]
    [InlineData("Matignon a tranché.", new[] { "matignon" }, "")]          // an ordinary word (here by decree): a capital proves nothing
    [InlineData("Matignon a tranché.", new string[0], "")]                 // no word list: never first in a sentence
    [InlineData("Matignon a tranché.", new[] { "a", "tranché" }, "Matignon/ORG")]
    [InlineData("« Matignon a tranché. »", new[] { "a" }, "Matignon/ORG")]
    [InlineData("Il a quitté Matignon.", new[] { "matignon" }, "Matignon/ORG")] // inside a sentence: as before
    public void TakesAFirstWordNameThatIsNoOrdinaryWord(string text, string[] ordinaryWords, string expected)
    {
        var input = new RefinerInput(text);
        var tagger = new TableNameTagger(TestTables.Institutions, FrenchTokenizer.Default, ordinaryWords);
        Assert.Equal(expected, string.Join(" ", input.Render(input.Run(tagger))));
    }

    /// <summary>A one-word name typed without its accents: taken when that spelling is no ordinary word of the language.</summary>
    [Theory]
    [InlineData("Selon l'Elysee, rien.", new[] { "a" }, "Elysee/ORG")]
    [InlineData("Selon l'Élysée, rien.", new[] { "a" }, "Élysée/ORG")]
    [InlineData("Selon l'Elysee, rien.", new[] { "elysee" }, "")]   // that spelling is a word of the language
    [InlineData("Selon l'Elysee, rien.", new string[0], "")]        // no word list says it is none
    public void TakesAOneWordNameTypedWithoutAccents(string text, string[] ordinaryWords, string expected)
    {
        var table = new AliasTable([new AliasEntry("Élysée", EntityLabel.Organization, [], "test")], MatchKeyBuilder.FoldOnly);
        var input = new RefinerInput(text);
        Assert.Equal(expected, string.Join(" ", input.Render(input.Run(new TableNameTagger(table, FrenchTokenizer.Default, ordinaryWords)))));
    }

    [Theory]
    [InlineData("Atos a annoncé la suppression de postes.", "Atos/ORG")]
    [InlineData("Eiffage et Vinci ont remporté le contrat.", "Eiffage/ORG Vinci/ORG")]    // Vinci, also a name, coordinated with Eiffage
    [InlineData("Orange a publié ses résultats.", "")]
    [InlineData("Hier, AXA a relevé ses tarifs.", "AXA/ORG")]                             // a company of the tables written in capitals
    [InlineData("La MAIF et la Macif suivent.", "MAIF/ORG Macif/ORG")]
    [InlineData("Vigilance ORANGE sur la côte.", "")]                                      // an ordinary word in capitals
    public void TheFrenchRuleLayerReadsFirstWordCompanies(string text, string expected)
    {
        var input = new RefinerInput(text);
        var mentions = input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default);
        Assert.Equal(expected, string.Join(" ", input.Render(mentions)));
    }

    [Theory]
    [InlineData("Les élus d'Horizons ont voté contre le texte.", "", "Horizons/ORG")]                      // a party that is also a word, after a membership phrase
    [InlineData("Le sénateur, proche de Renaissance, a répondu.", "", "Renaissance/ORG")]
    [InlineData("La liste Reconquête arrive en tête.", "", "Reconquête/ORG")]
    [InlineData("Les horizons sont dégagés ce matin.", "", "")]                                            // the word
    [InlineData("Les élus de Lyon ont voté.", "Lyon/LOC", "Lyon/LOC")]                                      // a place stays one
    public void TheFrenchRuleLayerReadsAPartyAfterAMembershipPhrase(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        var mentions = input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default);
        Assert.Equal(expected, input.Specs(mentions));
    }

    [Fact]
    public void TheMembershipPhrasesAreLowerCaseAndDistinct()
    {
        var phrases = Entities.French.Resolution.FrenchResolutionData.ReadWords("organization-member-phrases.txt");
        Assert.True(phrases.Count >= 40);
        Assert.All(phrases, phrase => Assert.Equal(phrase.ToLowerInvariant(), phrase));
        Assert.All(phrases, phrase => Assert.DoesNotContain('\u2019', phrase));
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ATableNameBeatsTheAcronymItStartsWith()
    {
        // The acronym alone is found again by its recurrence and by the acronym layer, which run after the table's names.
        var input = new RefinerInput("La SNCF a répondu. SNCF Réseau engagera des travaux.").With("SNCF", EntityLabel.Organization);
        var mentions = input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default);
        Assert.Equal("SNCF/ORG SNCF Réseau/ORG", string.Join(" ", input.Render(mentions)));
    }

    private static readonly TableNameTagger AfterRoles = new(
        new AliasTable(
            [
                new AliasEntry("Renaissance", EntityLabel.Organization, [], "test"),
                new AliasEntry("Républicains", EntityLabel.Organization, [], "test"),
                new AliasEntry("Action", EntityLabel.Organization, [], "test"),
            ],
            FrenchAliasTable.Default.KeyBuilder),
        FrenchTokenizer.Default, [], ["secrétaire général de", "président des", "pdg d'", "salariés d'"]);

    [Theory]
    [InlineData("Paul Roy, secrétaire général de Renaissance, parle.", "Renaissance/ORG")]
    [InlineData("Le président des Républicains a voté.", "Républicains/ORG")]
    [InlineData("Le PDG d'Action démissionne.", "Action/ORG")]                       // after an apostrophe, no space
    [InlineData("Le PDG d’Action démissionne.", "Action/ORG")]                       // typographic apostrophe
    [InlineData("Les SALARIÉS D'Action manifestent.", "Action/ORG")]                 // the phrase in any case
    public void WithPhrasesTagsANameOnlyAfterOne(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(AfterRoles)));
    }

    [Theory]
    [InlineData("La Renaissance italienne fascine.")]                    // no phrase before
    [InlineData("Le secrétaire de Renaissance parle.")]                  // another phrase
    [InlineData("Le sous-secrétaire général deRenaissance parle.")]     // no space after the phrase
    [InlineData("Une Action collective.")]
    public void WithPhrasesAddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Same(input.Mentions, input.Run(AfterRoles));
    }

    [Theory]
    [InlineData("Hier, l'Unsa et Renaissance ont signé.", "Unsa", EntityLabel.Organization, "Unsa/ORG|Renaissance/ORG")]          // after: mention, et
    [InlineData("Hier, la CFDT, Action et la CGT ont signé.", "CFDT", EntityLabel.Organization, "CFDT/ORG|Action/ORG")]          // a comma
    [InlineData("Hier, Renaissance ou la CGT ont gagné.", "CGT", EntityLabel.Organization, "Renaissance/ORG|CGT/ORG")]           // before: ou, article, mention
    [InlineData("Hier, Marc Roy et Renaissance ont gagné.", "Marc Roy", EntityLabel.Person, "Marc Roy/PER")]                      // a person's list
    [InlineData("Hier, l'Unsa, puis Renaissance ont gagné.", "Unsa", EntityLabel.Organization, "Unsa/ORG")]                       // no coordinator right before
    [InlineData("Renaissance et la CGT ont signé.", "CGT", EntityLabel.Organization, "CGT/ORG")]                                 // a sentence's first word
    public void WithPhrasesTagsANameCoordinatedWithAMentionOfItsLabel(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(AfterRoles)));
    }

    [Fact]
    public void AnEmptyOrOverlongPhraseIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new TableNameTagger(TestTables.Institutions, FrenchTokenizer.Default, [], [" "]));
        Assert.Throws<ArgumentException>(() => new TableNameTagger(TestTables.Institutions, FrenchTokenizer.Default, [], [new string('a', 61)]));
    }
}
