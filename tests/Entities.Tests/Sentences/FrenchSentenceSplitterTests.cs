using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Tests.Sentences;

public class FrenchSentenceSplitterTests
{
    /// <summary>Rows (input, expected sentences as text from first to last token, joined by " || ").</summary>
    public static TheoryData<string, string> Rows => new()
    {
        { "", "" },
        { "Bonjour", "Bonjour" },
        { "Il pleut. Elle sort.", "Il pleut. || Elle sort." },
        { "Il pleut ! Elle sort.", "Il pleut ! || Elle sort." },
        { "Il pleut ? Elle sort.", "Il pleut ? || Elle sort." },
        { "Il pleut\u202F! Elle sort.", "Il pleut\u202F! || Elle sort." },
        { "Quoi ?! Non.", "Quoi ?! || Non." },
        { "Non !!! Jamais.", "Non !!! || Jamais." },
        { "Il hésita… Puis il partit.", "Il hésita… || Puis il partit." },
        { "Il hésita... Puis il partit.", "Il hésita... || Puis il partit." },
        { "Il hésita… puis il partit.", "Il hésita… puis il partit." },
        { "Il a dit : « Je pars. » Elle resta.", "Il a dit : « Je pars. » || Elle resta." },
        { "« Où vas-tu ? » demanda-t-il.", "« Où vas-tu ? » demanda-t-il." },
        { "« Où vas-tu ? » Il ne répondit pas.", "« Où vas-tu ? » || Il ne répondit pas." },
        { "Il est parti (enfin.) Nous restons.", "Il est parti (enfin.) || Nous restons." },
        { "Elle a dit \"non.\" Puis elle partit.", "Elle a dit \"non.\" || Puis elle partit." },
        { "Il vit aux U.S.A. depuis 2010.", "Il vit aux U.S.A. depuis 2010." },
        { "M. Dupont est arrivé. Mme Durand aussi.", "M. Dupont est arrivé. || Mme Durand aussi." },
        { "J'ai vu M. Martin hier.", "J'ai vu M. Martin hier." },
        { "J. K. Rowling écrit.", "J. K. Rowling écrit." },
        { "Il mesure 1.80 mètre. Elle aussi.", "Il mesure 1.80 mètre. || Elle aussi." },
        { "Le taux est de 3.5 pour cent.", "Le taux est de 3.5 pour cent." },
        { "En 52 av. J.-C. César vint.", "En 52 av. J.-C. César vint." },
        { "Voir p. 12 pour les détails.", "Voir p. 12 pour les détails." },
        { "Des pommes, des poires, etc. Ensuite du pain.", "Des pommes, des poires, etc. || Ensuite du pain." },
        { "Des pommes, etc. et du pain.", "Des pommes, etc. et du pain." },
        { "Il est fort. il est grand.", "Il est fort. il est grand." },
        { "En 2020. 30 personnes sont venues.", "En 2020. || 30 personnes sont venues." },
        { "Il a fini.Le lendemain il partit.", "Il a fini. || Le lendemain il partit." },
        { "Voir exemple.fr pour tout.", "Voir exemple.fr pour tout." },
        { "Écrivez à info@exemple.fr. Merci.", "Écrivez à info@exemple.fr. || Merci." },
        { "C'est fini. L'avion décolle.", "C'est fini. || L'avion décolle." },
        { "Il part. — Déjà ?", "Il part. || — Déjà ?" },
        { "Premier paragraphe sans point\n\nDeuxième paragraphe", "Premier paragraphe sans point || Deuxième paragraphe" },
        { "fin de ligne\n\nsuite en minuscule", "fin de ligne || suite en minuscule" },
        { "Partager sur Facebook   Partager sur X   Envoyer", "Partager sur Facebook || Partager sur X || Envoyer" },   // a layout gap
        { "Accueil\tÉconomie\tSport", "Accueil || Économie || Sport" },
        { "deux  espaces ne coupent rien", "deux  espaces ne coupent rien" },
        { "Un\u2029Deux", "Un || Deux" },
        { "Un\r\n\r\nDeux", "Un || Deux" },
        { "Élections régionales\nLe scrutin a eu lieu dimanche.", "Élections régionales || Le scrutin a eu lieu dimanche." },
        { "Une phrase qui continue\nsur la ligne suivante.", "Une phrase qui continue\nsur la ligne suivante." },
        { "Le président de la\nRépublique parle.", "Le président de la\nRépublique parle." },
        { "Il a vu Paris,\nLondres et Rome.", "Il a vu Paris,\nLondres et Rome." },
        { "Il est allé à\u2028Londres.", "Il est allé à\u2028Londres." },
        { "Titre\u2028Texte ici.", "Titre || Texte ici." },
        { "Les pays :\nFrance et Belgique.", "Les pays :\nFrance et Belgique." },
        { "Il est arrivé.\nElle est partie.", "Il est arrivé. || Elle est partie." },
        { "Il est arrivé.\nelle est partie.", "Il est arrivé.\nelle est partie." },
        { "Bonjour M.\nDupont.", "Bonjour M.\nDupont." },
        { "Vraiment ? Oui ! Bien.", "Vraiment ? || Oui ! || Bien." },
        { "Il rit 😀. Elle aussi.", "Il rit 😀. || Elle aussi." },
        { "... et voilà.", "... et voilà." },
        { "Fin. « Début » ici.", "Fin. || « Début » ici." },
        { "Fin. (Note) ici.", "Fin. || (Note) ici." },
        { "Il dit : « Non ! », puis partit.", "Il dit : « Non ! », puis partit." },
        { "Il a 10 %. Elle 20 %.", "Il a 10 %. || Elle 20 %." },
        { "À 14h30. Puis à 15h.", "À 14h30. || Puis à 15h." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Splits_into_expected_sentences(string input, string expected)
    {
        IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(input);
        IReadOnlyList<Sentence> sentences = FrenchSentenceSplitter.Default.Split(input, tokens);
        string actual = string.Join(" || ", sentences.Select(s =>
            input[tokens[s.FirstToken].Start..tokens[s.EndToken - 1].End]));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => FrenchSentenceSplitter.Default.Split(null!, []));
        Assert.Throws<ArgumentNullException>(() => FrenchSentenceSplitter.Default.Split("x", null!));
    }

    [Fact]
    public void Sentences_cover_every_token_once()
    {
        const string text = "Il pleut. Elle sort ! « Où ? » Rien… Fin";
        IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
        IReadOnlyList<Sentence> sentences = FrenchSentenceSplitter.Default.Split(text, tokens);
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
        Assert.Equal(Enumerable.Range(0, tokens.Count), sentences.SelectMany(s => Enumerable.Range(s.FirstToken, s.TokenCount)));
    }
}
