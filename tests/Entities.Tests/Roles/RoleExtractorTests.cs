using Entities.French;
using Entities.Roles;

namespace Entities.Tests.Roles;

/// <summary>The role patterns on given mentions (the tagger left out): each pattern, its variants, and the cases that give nothing.</summary>
public sealed class RoleExtractorTests
{
    public static TheoryData<string, string[], string> Cases => new()
    {
        // text, mentions (LABEL:surface, each found once in the text), expected roles ("person | role | target or @place"; ';' between)
        { "Le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, a parlé.", ["ORG:OMS", "PER:Tedros Adhanom Ghebreyesus"], "Tedros Adhanom Ghebreyesus | directeur général | OMS" },
        { "Tedros Adhanom Ghebreyesus, directeur général de l'OMS, a parlé.", ["PER:Tedros Adhanom Ghebreyesus", "ORG:OMS"], "Tedros Adhanom Ghebreyesus | directeur général | OMS" },
        { "La présidente de la Commission européenne Ursula von der Leyen arrive.", ["ORG:Commission européenne", "PER:Ursula von der Leyen"], "Ursula von der Leyen | présidente | Commission européenne" },
        { "Le ministre allemand des Finances, Christian Lindner, arrive.", ["PER:Christian Lindner"], "Christian Lindner | ministre des Finances | @Allemagne" },
        { "Le président brésilien Lula arrive.", ["PER:Lula"], "Lula | président | @Brésil" },
        { "Christine Lagarde, présidente de la BCE, arrive.", ["PER:Christine Lagarde", "ORG:BCE"], "Christine Lagarde | présidente | BCE" },
        { "Le PDG de Renault, Luca de Meo, arrive.", ["ORG:Renault", "PER:Luca de Meo"], "Luca de Meo | PDG | Renault" },
        { "L'ambassadeur d'Ukraine en France, Vadym Omelchenko, remercie.", ["LOC:Ukraine", "LOC:France", "PER:Vadym Omelchenko"], "Vadym Omelchenko | ambassadeur | Ukraine" },
        { "L'ambassadrice de France au Japon, Claire Martin, arrive.", ["LOC:France", "LOC:Japon", "PER:Claire Martin"], "Claire Martin | ambassadrice | France" },
        { "Le PDG de Renault en France, Luca de Meo, arrive.", ["ORG:Renault", "LOC:France", "PER:Luca de Meo"], "" },
        { "L’ancien Premier ministre britannique Boris Johnson arrive.", ["PER:Boris Johnson"], "Boris Johnson | Premier ministre (ancien) | @Royaume-Uni" },
        { "L'ex-ministre de la Santé, Jean Dupuis, témoigne.", ["PER:Jean Dupuis"], "Jean Dupuis | ministre de la Santé (ex) | @" },
        { "Paul Martin, ancien ministre, témoigne.", ["PER:Paul Martin"], "Paul Martin | ministre (ancien) | @" },
        { "Le réalisateur iranien Jafar Panahi arrive.", ["PER:Jafar Panahi"], "Jafar Panahi | réalisateur | @" },
        { "Le président Lula arrive.", ["PER:Lula"], "Lula | président | @" },
        { "Thomas Piketty, professeur à l'École d'économie de Paris, publie.", ["PER:Thomas Piketty", "ORG:École d'économie de Paris"], "Thomas Piketty | professeur | École d'économie de Paris" },
        { "Le porte-parole du Kremlin, Dmitri Peskov, dément.", ["ORG:Kremlin", "PER:Dmitri Peskov"], "Dmitri Peskov | porte-parole | Kremlin" },
        { "Lula, président brésilien, arrive.", ["PER:Lula"], "Lula | président | @Brésil" },
        { "La future directrice du FMI Anna Berg arrive.", ["ORG:FMI", "PER:Anna Berg"], "Anna Berg | directrice (futur) | FMI" },
        { "Le secrétaire général de l'Organisation du traité de l'Atlantique nord, Mark Rutte, a parlé.", ["ORG:Organisation du traité de l'Atlantique nord", "PER:Mark Rutte"], "Mark Rutte | secrétaire général | Organisation du traité de l'Atlantique nord" },
        // Lists: one role for several people, organizations and countries in order when their numbers agree.
        { "Les anciens présidents Paul Martin et Jean Durand assistent.", ["PER:Paul Martin", "PER:Jean Durand"], "Paul Martin | président (ancien) | @;Jean Durand | président (ancien) | @" },
        { "Les ministres français et allemand des Affaires étrangères, Jean Barrot et Hans Weber, signent.", ["PER:Jean Barrot", "PER:Hans Weber"], "Jean Barrot | ministre des Affaires étrangères | @France;Hans Weber | ministre des Affaires étrangères | @Allemagne" },
        { "Les secrétaires générales de la CGT et de la CFDT, Sophie Binet et Marie Léon, appellent.", ["ORG:CGT", "ORG:CFDT", "PER:Sophie Binet", "PER:Marie Léon"], "Sophie Binet | secrétaire générale | CGT;Marie Léon | secrétaire générale | CFDT" },
        { "Tim Cook et Sundar Pichai, patrons respectifs d'Apple et de Google, sont convoqués.", ["PER:Tim Cook", "PER:Sundar Pichai", "ORG:Apple", "ORG:Google"], "Tim Cook | patron | Apple;Sundar Pichai | patron | Google" },
        { "Les présidents français, allemand et italien, Paul Martin et Hans Weber, arrivent.", ["PER:Paul Martin", "PER:Hans Weber"], "" },   // three countries, two people
        { "Carlos Ghosn, ancien PDG de Renault et de Nissan, accuse.", ["PER:Carlos Ghosn", "ORG:Renault", "ORG:Nissan"], "Carlos Ghosn | PDG (ancien) | Renault;Carlos Ghosn | PDG (ancien) | Nissan" },
        { "Paul Martin, maire du Havre et ancien Premier ministre, arrive.", ["PER:Paul Martin", "LOC:Havre"], "Paul Martin | maire | Havre;Paul Martin | Premier ministre (ancien) | @" },
        { "L'ambassadeur de France au Japon, Paul Martin, arrive.", ["LOC:France", "LOC:Japon", "PER:Paul Martin"], "Paul Martin | ambassadeur | France" },   // the posting is no second target
        // Nothing: no organization, no person next to the role, a sentence between them, a person as the "organization".
        { "Paul Martin, président de la séance, a levé la séance.", ["PER:Paul Martin"], "" },
        { "Le fils du président, Paul Martin, arrive.", ["PER:Paul Martin"], "" },
        { "Le ministre a reçu hier Paul Martin.", ["PER:Paul Martin"], "" },
        { "Le PDG de Renault est parti. Luca de Meo arrive.", ["ORG:Renault", "PER:Luca de Meo"], "" },
        { "Le conseiller de Marie Durand, Paul Martin, arrive.", ["PER:Marie Durand", "PER:Paul Martin"], "" },
        { "Paul Martin a reçu la présidente de la BCE.", ["PER:Paul Martin", "ORG:BCE"], "" },
        { "Reçu par le ministre de l'Éducation, Paul Martin a parlé.", ["PER:Paul Martin"], "" },
        { "À la demande du président, Paul Martin a quitté la salle.", ["PER:Paul Martin"], "" },
        { "Il a agi au grand dam du Premier ministre polonais, Donald Tusk.", ["PER:Donald Tusk"], "Donald Tusk | Premier ministre | @Pologne" },
        // "respectivement": one role per person, in order; a role without an organization takes the last one's.
        { "Paul Ferrier et Inès Boyer, respectivement président du directoire et directrice juridique de Valdor, arrivent.", ["PER:Paul Ferrier", "PER:Inès Boyer", "ORG:Valdor"], "Paul Ferrier | président du directoire | Valdor;Inès Boyer | directrice juridique | Valdor" },
        { "Christine Lagarde et Jerome Powell, respectivement présidente de la BCE et président de la Fed, ont parlé.", ["PER:Christine Lagarde", "PER:Jerome Powell", "ORG:BCE", "ORG:Fed"], "Christine Lagarde | présidente | BCE;Jerome Powell | président | Fed" },
        { "Paul Ferrier, Inès Boyer et Marc Roux, respectivement président et directrice de Valdor, arrivent.", ["PER:Paul Ferrier", "PER:Inès Boyer", "PER:Marc Roux", "ORG:Valdor"], "" }, // two roles for three people
        // The end of a role's name after its organization or nationality, read to the comma (pour, chargé de, aux).
        { "Anna Lind, haute représentante de l'UE pour les affaires étrangères, arrive.", ["PER:Anna Lind", "ORG:UE"], "Anna Lind | haute représentante pour les affaires étrangères | UE" },
        { "La ministre déléguée française chargée du Numérique, Léa Roy, arrive.", ["PER:Léa Roy"], "Léa Roy | ministre déléguée chargée du Numérique | @France" },
        { "Paul Weber, haut-commissaire de l'ONU aux droits de l'homme, alerte.", ["PER:Paul Weber", "ORG:ONU"], "Paul Weber | haut-commissaire aux droits de l'homme | ONU" },
        { "L'envoyé spécial de l'ONU pour la Syrie, Jan Berg, arrive.", ["ORG:ONU", "LOC:Syrie", "PER:Jan Berg"], "Jan Berg | envoyé spécial pour la Syrie | ONU" },
        // What the role is in, lower-case words after de, before an organization: part of the role's name.
        { "Jean Martin, entraîneur des avants du Stade toulousain, a signé.", ["PER:Jean Martin", "ORG:Stade toulousain"], "Jean Martin | entraîneur des avants | Stade toulousain" },
        { "La directrice des ressources humaines de Valdor, Inès Boyer, arrive.", ["ORG:Valdor", "PER:Inès Boyer"], "Inès Boyer | directrice des ressources humaines | Valdor" },
        { "Paul Roy, chef du service de cardiologie du CHU de Rennes, opère.", ["PER:Paul Roy", "ORG:CHU de Rennes"], "Paul Roy | chef du service de cardiologie | CHU de Rennes" },
        { "Le sélectionneur de l'équipe de France, Paul Roy, arrive.", ["LOC:France", "PER:Paul Roy"], "" },                  // before a place: an organization's name
        { "Paul Roy, conseiller du maire de Lyon, arrive.", ["PER:Paul Roy", "LOC:Lyon"], "" },                               // a role is no specifier
        { "Le président a téléphoné à Paul Martin.", ["PER:Paul Martin"], "" },                                              // the verb a is no à
        { "Le ministre des Finances pour qui la dette compte, Paul Martin, parle.", ["PER:Paul Martin"], "" },                  // a clause, not a name
        { "Paul Martin, président de Valdor au moment des faits, se tait.", ["PER:Paul Martin", "ORG:Valdor"], "Paul Martin | président | Valdor" }, // a time, not the name's end
        { "L'envoyé spécial pour la Syrie et Jan Berg, arrivent.", ["LOC:Syrie", "PER:Jan Berg"], "" },                      // a name's end is no joiner
        // A role filling the brackets after the people; a bracketed aside before the comma is skipped.
        { "Marc Roy (maire de Nantes) a signé.", ["PER:Marc Roy", "LOC:Nantes"], "Marc Roy | maire | Nantes" },
        { "Paul Roy (ancien ministre) témoigne.", ["PER:Paul Roy"], "Paul Roy | ministre (ancien) | @" },
        { "Jean Copé (LR), maire de Meaux, a parlé.", ["PER:Jean Copé", "ORG:LR", "LOC:Meaux"], "Jean Copé | maire | Meaux" },
        { "Anne Lefort (Renew) a déposé un amendement.", ["PER:Anne Lefort", "ORG:Renew"], "" },                                  // no role
        { "Paul Roy (voir page 3) témoigne.", ["PER:Paul Roy"], "" },
        { "Marc Roy (maire de Nantes depuis 2014) a signé.", ["PER:Marc Roy", "LOC:Nantes"], "" },                           // the role does not fill the brackets
        { "Marc Roy (maire de Nantes. Il a signé.", ["PER:Marc Roy", "LOC:Nantes"], "" },                                      // never closed
        { "Ont signé : Anne Roy (maire de Rennes), Marc Roy (maire de Nancy).", ["PER:Anne Roy", "LOC:Rennes", "PER:Marc Roy", "LOC:Nancy"], "Anne Roy | maire | Rennes;Marc Roy | maire | Nancy" },
        { "Le commissaire chargé du Climat à la Commission européenne, Jan Berg, parle.", ["ORG:Commission européenne", "PER:Jan Berg"], "Jan Berg | commissaire chargé du Climat | Commission européenne" },
        // A role between two people after a comma is the first one's apposition, not the second's.
        { "Anne Roy, maire de Lens, Paul Roy, maire de Lille, et Léa Roy signent.", ["PER:Anne Roy", "LOC:Lens", "PER:Paul Roy", "LOC:Lille", "PER:Léa Roy"], "Anne Roy | maire | Lens;Paul Roy | maire | Lille" },
        { "Léa Nair et Axel Roy, respectivement directrice générale de Valdor et gérant de Brestia, parlent.", ["PER:Léa Nair", "PER:Axel Roy", "ORG:Valdor", "ORG:Brestia"], "Léa Nair | directrice générale | Valdor;Axel Roy | gérant | Brestia" },
        // Two roles joined by "et" share the organization after the second.
        { "Paul Roy, fondateur et président de Valdor, a parlé.", ["PER:Paul Roy", "ORG:Valdor"], "Paul Roy | fondateur | Valdor;Paul Roy | président | Valdor" },
        { "Le fondateur et président de Valdor, Paul Roy, a parlé.", ["ORG:Valdor", "PER:Paul Roy"], "Paul Roy | fondateur | Valdor;Paul Roy | président | Valdor" },
        { "Paul Roy, maire et député, a parlé.", ["PER:Paul Roy"], "" },                                                         // no organization: not read
        { "L'ancien Premier ministre et maire du Havre, Paul Roy, a parlé.", ["LOC:Havre", "PER:Paul Roy"], "" },             // a state's role never shares a place
        { "Paul Roy, ancien président et maire du Havre, a parlé.", ["PER:Paul Roy", "LOC:Havre"], "" },                           // a place is not shared
        { "Autour de la table : le président du Conseil, Paul Roy, le secrétaire général de l'OTAN, Anne Roy.", ["ORG:Conseil", "PER:Paul Roy", "ORG:OTAN", "PER:Anne Roy"], "Paul Roy | président | Conseil;Anne Roy | secrétaire général | OTAN" }, // a list of roles with their articles
        { "Jean Roy, président de Valdor à partir de janvier, parle.", ["PER:Jean Roy", "ORG:Valdor"], "Jean Roy | président | Valdor" },   // a time, not the name's end
        { "Le fils et président de Valdor, Paul Roy, a parlé.", ["ORG:Valdor", "PER:Paul Roy"], "" },                        // a relative is no role: nothing read
        // "celui de": the role said just before, for another organization or place, in the same sentence.
        { "Le maire de Lens, Paul Roy, et celui de Lille, Anne Roy, ont parlé.", ["LOC:Lens", "PER:Paul Roy", "LOC:Lille", "PER:Anne Roy"], "Paul Roy | maire | Lens;Anne Roy | maire | Lille" },
        { "La PDG de Valdor Anne Roy et celle de Brestia Léa Roy signent.", ["ORG:Valdor", "PER:Anne Roy", "ORG:Brestia", "PER:Léa Roy"], "Anne Roy | PDG | Valdor;Léa Roy | PDG | Brestia" },
        { "Le maire de Lens a parlé. Celui de Lille, Anne Roy, a répondu.", ["LOC:Lens", "LOC:Lille", "PER:Anne Roy"], "" },                    // no role said before it
        { "Le maire de Lens, Paul Roy, a parlé. Celui de Lille, Anne Roy, a répondu.", ["LOC:Lens", "PER:Paul Roy", "LOC:Lille", "PER:Anne Roy"], "Paul Roy | maire | Lens" }, // another sentence
        { "Le maire de Lens, Paul Roy, préfère celui de Lille, Anne Roy.", ["LOC:Lens", "PER:Paul Roy", "LOC:Lille", "PER:Anne Roy"], "Paul Roy | maire | Lens" },  // after a verb: no noun phrase of its own
        // A phrase closed by its own comma before the role leaves the role in apposition.
        { "Reçu à Bercy pour un dîner, le ministre allemand des Finances, Paul Martin, a parlé.", ["PER:Paul Martin"], "Paul Martin | ministre des Finances | @Allemagne" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PatternsGiveTheirRoles(string text, string[] mentions, string expected)
    {
        var list = Mentions(text, mentions);
        var roles = FrenchRoleExtractor.Default.Extract(text, list);

        string Describe(PersonRole r) =>
            $"{list[r.PersonMention].Text} | {r.Role}{(r.Qualifier is null ? "" : $" ({r.Qualifier})")} | {(r.TargetMention is { } t ? list[t].Text : "@" + r.Place)}";
        Assert.Equal(expected, string.Join(";", roles.Select(Describe)));
        Assert.All(roles, r => Assert.InRange(r.Start, 0, r.End));
        Assert.All(roles, r => Assert.True(r.Start <= list[r.PersonMention].Start && r.End >= list[r.PersonMention].End));
    }

    [Fact]
    public void AnEmptyLexiconFindsNothing()
    {
        const string text = "Christine Lagarde, présidente de la BCE, arrive.";
        Assert.Empty(new RoleExtractor(RoleLexicon.Empty).Extract(text, Mentions(text, ["PER:Christine Lagarde", "ORG:BCE"])));
    }

    [Fact]
    public void TheFrenchLexiconIsLoaded()
    {
        var lexicon = FrenchRoleExtractor.Default.Lexicon;
        Assert.InRange(lexicon.RoleCount, 100, 1000);
        Assert.True(lexicon.IsRole("directrice generale"));
        Assert.True(lexicon.IsStateRole("premier ministre"));
        Assert.False(lexicon.IsStateRole("realisateur"));
        Assert.True(lexicon.IsRole("realisateur"));
        Assert.True(lexicon.TryGetPlace("sud coreenne", out string? place));
        Assert.Equal("Corée du Sud", place);
    }

    /// <summary>Each role gets its field from role-domains.tsv: its longest leading words that are a listed role.</summary>
    [Theory]
    [InlineData("La chirurgienne Sophie Laurent a opéré.", "medicine")]
    [InlineData("Le footballeur Paul Roy a marqué.", "sport")]
    [InlineData("Le ministre allemand des Finances, Paul Roy, a parlé.", "politics")]
    [InlineData("Le porte-parole Paul Roy a parlé.", null)]                      // porte-parole: no field
    public void ARoleHasTheFieldOfItsTable(string text, string? field)
    {
        string name = text.Contains("Sophie Laurent", StringComparison.Ordinal) ? "Sophie Laurent" : "Paul Roy";
        var role = Assert.Single(FrenchRoleExtractor.Default.Extract(text, Mentions(text, ["PER:" + name])));
        Assert.Equal(field, role.Field);
    }

    [Fact]
    public void EveryRoleHasOneLineInTheFieldTable()
    {
        var listed = Entities.French.Data.FrenchDataFiles.ReadEntries("role-domains.tsv").Select(line => line.Split('\t'))
            .Where(row => row is not ["role", "domain"]).ToList();
        Assert.All(listed, row => Assert.Contains(row[1], new[] { "politics", "justice", "sport", "medicine", "arts", "business", "military", "religion", "academia", "media", "police", "-" }));
        var folded = listed.Select(row => RoleLexicon.Fold(row[0])).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(listed.Count, folded.Count);
        var roles = Entities.French.Data.FrenchDataFiles.ReadEntries("roles.txt").Select(line => line.Split('\t')[0])
            .Concat(Entities.French.Data.FrenchDataFiles.ReadEntries("person-nouns.txt"));
        Assert.All(roles, role => Assert.Contains(RoleLexicon.Fold(role), folded));
        Assert.Equal("politics", new RoleLexicon([], [], [], [], [], []) { Fields = FrenchRoleExtractor.Fields() }.FieldOf("maire adjoint de la ville"));
    }

    private static List<EntityMention> Mentions(string text, string[] specs) => specs
        .Select(spec =>
        {
            var (label, surface) = (spec[..3], spec[4..]);
            int start = text.IndexOf(surface, StringComparison.Ordinal);
            Assert.True(start >= 0 && text.IndexOf(surface, start + 1, StringComparison.Ordinal) < 0, $"'{surface}' must occur once");
            Assert.True(EntityLabels.TryParse(label, out var parsed));
            return new EntityMention(start, start + surface.Length, surface, parsed, 1.0, "e1");
        })
        .OrderBy(m => m.Start)
        .ToList();
}
