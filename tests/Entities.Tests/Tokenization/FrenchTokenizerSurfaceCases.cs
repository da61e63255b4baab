namespace Entities.Tests.Tokenization;

/// <summary>Rows (input, expected token surfaces joined by " | ") for <see cref="FrenchTokenizerTests"/>.</summary>
public static class FrenchTokenizerSurfaceCases
{
    public static TheoryData<string, string> Rows => new()
    {
        // Plain words and punctuation
        { "Le chat dort.", "Le | chat | dort | ." },
        { "Bonjour, monde !", "Bonjour | , | monde | !" },
        { "", "" },
        { "   \t\n ", "" },
        { "Élodie mange une pêche", "Élodie | mange | une | pêche" },
        { "Où est-il ?", "Où | est | -il | ?" },
        { "Pourquoi ; parce que : voilà", "Pourquoi | ; | parce | que | : | voilà" },
        { "Quoi?!", "Quoi | ? | !" },
        { "Non!!!", "Non | ! | ! | !" },
        { "Et puis… rien", "Et | puis | … | rien" },
        { "Et puis... rien", "Et | puis | ... | rien" },
        { "Attends..", "Attends | .." },
        { "(entre parenthèses)", "( | entre | parenthèses | )" },
        { "[note]", "[ | note | ]" },

        // Hyphenated pairs of places are cut; other hyphenated names are not
        { "l'axe Paris-Berlin", "l' | axe | Paris | - | Berlin" },
        { "le match France-Brésil", "le | match | France | - | Brésil" },
        { "Autriche-Hongrie", "Autriche-Hongrie" },
        { "par la Croix-Rouge française", "par | la | Croix-Rouge | française" },   // Croix and Rouge are places, the body one name
        { "Saint-Étienne", "Saint-Étienne" },
        { "Air France-KLM", "Air | France-KLM" },
        { "Paris-Berlin-Rome", "Paris-Berlin-Rome" },
        { "paris-berlin", "paris-berlin" },
        { "la liaison Valence-Montélimar", "la | liaison | Valence | - | Montélimar" },   // GeoNames cities
        { "l'axe Roubaix-Tourcoing", "l' | axe | Roubaix | - | Tourcoing" },
        { "à Charleville-Mézières", "à | Charleville-Mézières" },                          // itself a commune
        { "à Boulogne-Billancourt", "à | Boulogne-Billancourt" },
        { "Kristen Anderson-Lopez", "Kristen | Anderson-Lopez" },                          // after a capitalized word: a double surname
        { "avec Marie-France", "avec | Marie-France" },                                    // a given name is no place
        { "la ligne Calais-Douvres", "la | ligne | Calais | - | Douvres" },                // after a pair noun, communes are places too
        { "le vin de Calais-Douvres", "le | vin | de | Calais-Douvres" },                  // not after another word
        { "LE DUEL BAYONNE-BIARRITZ", "LE | DUEL | BAYONNE | - | BIARRITZ" },              // capitals: read capitalized, even after a capital
        { "l'aéroport de Paris-Orly", "l' | aéroport | de | Paris-Orly" },                   // an airport: one place
        { "Bordeaux-Mérignac", "Bordeaux-Mérignac" },
        { "la ligne Aurillac-Brive", "la | ligne | Aurillac | - | Brive" },                // after a pair noun one known place is enough
        { "L'ÉTAPE BAYONNE-LUCHON", "L' | ÉTAPE | BAYONNE | - | LUCHON" },
        { "la route côtière Dieppe-Fécamp", "la | route | côtière | Dieppe | - | Fécamp" }, // a lower-case adjective after the noun
        { "la ligne Aurillac-Marie", "la | ligne | Aurillac-Marie" },                       // a given name is no place
        { "le vin de Aurillac-Brive", "le | vin | de | Aurillac-Brive" },                  // two known places needed elsewhere
        { "la ligne Xyzville-Brive", "la | ligne | Xyzville-Brive" },                      // neither part known
        { "le duel Hamilton-Verstappen", "le | duel | Hamilton-Verstappen" },
        { "la ligne Dieppe-Le Tréport", "la | ligne | Dieppe | - | Le | Tréport" },        // a place with its article after the hyphen
        { "le TER Rouen-Le Havre", "le | TER | Rouen | - | Le | Havre" },                  // an acronym before is no given name
        { "près de Rouen-Le Chat", "près | de | Rouen-Le | Chat" },                        // Le Chat is no place
        { "le trajet Nantes-Saint-Nazaire", "le | trajet | Nantes | - | Saint-Nazaire" },  // a hyphenated place as a part
        { "à Villeneuve-Saint-Georges", "à | Villeneuve-Saint-Georges" },                  // itself a commune
        { "en Auvergne-Rhône-Alpes", "en | Auvergne-Rhône-Alpes" },                        // itself a region
        { "Jean DUPONT-MORAND", "Jean | DUPONT-MORAND" },                                  // a double surname after a given name              // one place is enough after a route noun only
        { "la ligne PSG-Brive", "la | ligne | PSG-Brive" },                                // an acronym is no place part
        { "M. DUPONT-MORETTI", "M. | DUPONT-MORETTI" },
        { "Jean LYON-PARIS", "Jean | LYON-PARIS" },                                        // capitals after a given name: a double surname
        { "LA LIAISON CALAIS-DOUVRES", "LA | LIAISON | CALAIS | - | DOUVRES" },            // a pair noun in capitals
        { "la ligne Jean-Pierre", "la | ligne | Jean-Pierre" },                            // a given name is no commune part
        { "la ligne Marie-France", "la | ligne | Marie-France" },                          // nor one that is a commune too

        // Elision, both apostrophes, any case
        { "l'Otan", "l' | Otan" },
        { "l’Otan", "l’ | Otan" },
        { "M. N'Guessan répond", "M. | N'Guessan | répond" },
        { "un Anglais, Mr. Archibald Finch, parlait", "un | Anglais | , | Mr. | Archibald | Finch | , | parlait" },   // Mr. is a title
        { "Mrs Dalloway", "Mrs | Dalloway" },
        { "l'hôpital de la Croix-Rousse", "l' | hôpital | de | la | Croix-Rousse" },      // Croix opens a place's name: no pair
        { "deux lignes à Basse-Indre", "deux | lignes | à | Basse-Indre" },
        { "la ligne Paris-Rouen-Le Havre", "la | ligne | Paris | - | Rouen | - | Le | Havre" },   // a chain of places
        { "l'axe Paris-Berlin-Moscou", "l' | axe | Paris | - | Berlin | - | Moscou" },         // N' before a capitalized name opens it
        { "à N’Djamena", "à | N’Djamena" },
        { "N'importe quoi", "N' | importe | quoi" },                   // the negation
        { "IL N'EST PAS", "IL | N' | EST | PAS" },                      // capitals: the negation
        { "L'État", "L' | État" },
        { "D’abord", "D’ | abord" },
        { "d'Artagnan", "d' | Artagnan" },
        { "j'ai faim", "j' | ai | faim" },
        { "je m'appelle", "je | m' | appelle" },
        { "il n’a rien", "il | n’ | a | rien" },
        { "elle s'en va", "elle | s' | en | va" },
        { "tu t'es trompé", "tu | t' | es | trompé" },
        { "c'était bien", "c' | était | bien" },
        { "ç'aurait été", "ç' | aurait | été" },
        { "qu'il vienne", "qu' | il | vienne" },
        { "QU'IL VIENNE", "QU' | IL | VIENNE" },
        { "jusqu'à demain", "jusqu' | à | demain" },
        { "lorsqu’elle arrive", "lorsqu’ | elle | arrive" },
        { "puisqu'on le dit", "puisqu' | on | le | dit" },
        { "quoiqu'il arrive", "quoiqu' | il | arrive" },
        { "l'ʼhomme", "l' | ʼ | homme" },
        { "l´homme", "l´ | homme" },
        { "l' homme", "l' | homme" },
        { "l'1", "l' | 1" },
        { "d'« ici »", "d' | « | ici | »" },
        { "aujourd'hui", "aujourd'hui" },
        { "Alexei Navalny's fight", "Alexei | Navalny | 's | fight" },                      // an English possessive
        { "Scotland’s future", "Scotland | ’s | future" },
        { "Grey's Anatomy", "Grey's | Anatomy" },                                           // a title: a capital after it
        { "McDonald's a ouvert", "McDonald's | a | ouvert" },                              // known with its possessive
        { "Moody's a dégradé la note", "Moody's | a | dégradé | la | note" },
        { "l'Otan's budget", "l' | Otan | 's | budget" },
        { "Navalny's.", "Navalny's | ." },                                                 // no word after it
        { "it's fine", "it's | fine" },                                                    // no capital
        { "aujourd’hui", "aujourd’hui" },
        { "d'aujourd'hui", "d' | aujourd'hui" },
        { "Aujourd'hui", "Aujourd'hui" },
        { "une presqu'île", "une | presqu'île" },
        { "les prud'hommes", "les | prud'hommes" },
        { "quelqu'un", "quelqu'un" },
        { "O'Neill arrive", "O'Neill | arrive" },
        { "rock'n'roll", "rock'n'roll" },
        { "'bonjour'", "' | bonjour | '" },
        { "il dit 'non' deux fois", "il | dit | ' | non | ' | deux | fois" },
        { "qu'est-ce que c'est", "qu' | est | -ce | que | c' | est" },
        { "l'Île-de-France", "l' | Île-de-France" },
        { "jusqu’au bout", "jusqu’ | au | bout" },

        // Hyphens: compounds stay whole, clitics split, dashes as punctuation
        { "Kim Jong-un", "Kim | Jong-un" },
        { "Jean-Pierre", "Jean-Pierre" },
        { "les États-Unis", "les | États-Unis" },
        { "Saint-Pétersbourg", "Saint-Pétersbourg" },
        { "le régime nord-coréen", "le | régime | nord-coréen" },
        { "c'est-à-dire", "c'est-à-dire" },
        { "C’est-à-dire", "C’est-à-dire" },
        { "a-t-il dit", "a | -t-il | dit" },
        { "dit-elle", "dit | -elle" },
        { "est-ce vrai", "est | -ce | vrai" },
        { "va-t-en", "va | -t-en" },
        { "va-t’en", "va | -t’en" },
        { "donne-le-moi", "donne | -le | -moi" },
        { "allez-y", "allez | -y" },
        { "prends-en", "prends | -en" },
        { "peut-on", "peut | -on" },
        { "DIT-IL", "DIT | -IL" },
        { "un rendez-vous", "un | rendez-vous" },
        { "peut-être", "peut-être" },
        { "celle-ci", "celle-ci" },
        { "Jean-Le Gall", "Jean-Le | Gall" },
        { "Vitry-le-François", "Vitry-le-François" },
        { "Sainte-Mère-l'Église", "Sainte-Mère-l'Église" },
        { "Jean\u2011Pierre", "Jean\u2011Pierre" },
        { "Paris\u2013Lyon", "Paris\u2013Lyon" },
        { "mot\u2014mot", "mot | \u2014 | mot" },
        { "Paris - Lyon", "Paris | - | Lyon" },
        { "Il vint \u2014 enfin \u2014 ici", "Il | vint | \u2014 | enfin | \u2014 | ici" },
        { "\u2013 Bonjour, dit-il.", "\u2013 | Bonjour | , | dit | -il | ." },
        { "- Oui.", "- | Oui | ." },
        { "-Non", "- | Non" },
        { "mot- suivant", "mot- suivant" },   // a hyphen, a blank and a lower-case word: a cut whose line break was lost
        { "la Covid-19", "la | Covid-19" },
        { "2010-2020", "2010 | - | 2020" },

        // Abbreviations, titles, initials, acronyms
        { "M. Dupont", "M. | Dupont" },
        { "MM. Durand et Martin", "MM. | Durand | et | Martin" },
        { "Mme Curie", "Mme | Curie" },
        { "Mlle Martin", "Mlle | Martin" },
        { "Dr Watson", "Dr | Watson" },
        { "Dr. Watson", "Dr. | Watson" },
        { "Pr Martin", "Pr | Martin" },
        { "Me Dupond plaide", "Me | Dupond | plaide" },
        { "Mgr Lefebvre", "Mgr | Lefebvre" },
        { "des pommes, etc.", "des | pommes | , | etc." },
        { "en 52 av. J.-C.", "en | 52 | av. | J.-C." },
        { "apr. J.-C.", "apr. | J.-C." },
        { "voir p. 12", "voir | p. | 12" },
        { "cf. supra", "cf. | supra" },
        { "vol. 2, art. 3", "vol. | 2 | , | art. | 3" },
        { "le n° 5", "le | n° | 5" },
        { "J. K. Rowling", "J. | K. | Rowling" },
        { "J.-P. Sartre", "J.-P. | Sartre" },
        { "les U.S.A.", "les | U.S.A." },
        { "la S.N.C.F. annonce", "la | S.N.C.F. | annonce" },
        { "M.Dupont", "M. | Dupont" },
        { "St. Louis", "St. | Louis" },
        { "il a vu la mer.", "il | a | vu | la | mer | ." },
        { "Il y en a.", "Il | y | en | a | ." },

        // Numbers
        { "12 000 euros", "12 000 | euros" },
        { "12\u00A0000 euros", "12\u00A0000 | euros" },
        { "12\u202F000 euros", "12\u202F000 | euros" },
        { "1 234 567", "1 234 567" },
        { "en 2010 150 personnes", "en | 2010 | 150 | personnes" },
        { "12 0000", "12 | 0000" },
        { "3,5 litres", "3,5 | litres" },
        { "1.5 mètre", "1.5 | mètre" },
        { "12 000,50 €", "12 000,50 | €" },
        { "10 %", "10 | %" },
        { "10%", "10 | %" },
        { "le 1er mai", "le | 1er | mai" },
        { "la 2e fois", "la | 2e | fois" },
        { "la 2ème fois", "la | 2ème | fois" },
        { "le XXe siècle", "le | XXe | siècle" },
        { "le XIVe arrondissement", "le | XIVe | arrondissement" },
        { "Louis XIV", "Louis | XIV" },
        { "François Ier", "François | Ier" },
        { "Ce jour", "Ce | jour" },
        { "le 21/11/2026", "le | 21/11/2026" },
        { "le 2026-11-21", "le | 2026-11-21" },
        { "à 14h30", "à | 14h30" },
        { "à 14h", "à | 14h" },
        { "à 14:30", "à | 14:30" },
        { "à 8 h", "à | 8 | h" },
        { "10km", "10 | km" },
        { "1/2", "1/2" },
        { "-5 degrés", "- | 5 | degrés" },
        { "20 °C", "20 | ° | C" },
        { "en 2020.", "en | 2020 | ." },
        { "3.Le", "3 | . | Le" },

        // French spacing and quotes
        { "« Bonjour »", "« | Bonjour | »" },
        { "«\u00A0Bonjour\u00A0»", "« | Bonjour | »" },
        { "Quoi\u202F?", "Quoi | ?" },
        { "Attention\u00A0: danger", "Attention | : | danger" },
        { "“Bonjour”", "“ | Bonjour | ”" },
        { "\"Bonjour\"", "\" | Bonjour | \"" },

        // Web
        { "Voir https://exemple.fr/a?b=c.", "Voir | https://exemple.fr/a?b=c | ." },
        { "(http://exemple.fr/page)", "( | http://exemple.fr/page | )" },
        { "https://fr.wikipedia.org/wiki/Paris_(France), ici", "https://fr.wikipedia.org/wiki/Paris_(France) | , | ici" },
        { "sur www.exemple.fr, donc", "sur | www.exemple.fr | , | donc" },
        { "sur exemple.fr.", "sur | exemple.fr | ." },
        { "le site service-public.gouv.fr/aide", "le | site | service-public.gouv.fr/aide" },
        { "écrire à jean.dupont@exemple.fr.", "écrire | à | jean.dupont@exemple.fr | ." },
        { "contact@mairie-paris.fr", "contact@mairie-paris.fr" },
        { "suivez @elysee_fr !", "suivez | @elysee_fr | !" },
        { "#Présidentielle2027 en tête", "#Présidentielle2027 | en | tête" },
        { "#1 des ventes", "# | 1 | des | ventes" },
        { "a @ b", "a | @ | b" },
        { "fin.Début", "fin | . | Début" },
        { "la fin.Puis le début", "la | fin | . | Puis | le | début" },
        { "ceci.cela", "ceci | . | cela" },
        { "Parisle", "Parisle" },
        { "l'exemple.fr", "l' | exemple.fr" },

        // Odd whitespace and zero-width characters
        { "un\tdeux", "un | deux" },
        { "un\u2028deux\u2029trois", "un | deux | trois" },
        { "un\u00A0deux\u202Ftrois\u2009quatre", "un | deux | trois | quatre" },
        { "un \u200B deux", "un | deux" },
        { "un\u200B\u200Bdeux", "un\u200B\u200Bdeux" },
        { "\u200Bdébut", "début" },
        { "fin\u200B", "fin" },
        { "anti\u00ADconstitutionnel", "anti\u00ADconstitutionnel" },
        { "\uFEFFBonjour", "Bonjour" },
        { "un\u0001deux", "un | deux" },
        { "cafe\u0301 noir", "cafe\u0301 | noir" },

        // Symbols and emoji
        { "Super 😀 !", "Super | 😀 | !" },
        { "👍🏽ok", "👍🏽 | ok" },
        { "👨‍👩‍👧 famille", "👨‍👩‍👧 | famille" },
        { "🇫🇷🇧🇪", "🇫🇷 | 🇧🇪" },
        { "❤️ merci", "❤️ | merci" },
        { "5 € + 3 $", "5 | € | + | 3 | $" },
        { "a\uD800b", "a | \uD800 | b" },
        { "\uDC00", "\uDC00" },
        { "x\uDBFF", "x | \uDBFF" },
        { "𝒜lpha", "𝒜lpha" },
        // More edge cases
        { "1,2,3", "1,2 | , | 3" },
        { "1.000.000 habitants", "1.000.000 | habitants" },
        { "l'adresse 192.168.0.1", "l' | adresse | 192.168.0.1" },
        { "les Ides de mars", "les | Ides | de | mars" },
        { "c.-à-d. ceci", "c.-à-d. | ceci" },
        { "Mme la ministre", "Mme | la | ministre" },
        { "Allons-nous-en", "Allons | -nous | -en" },
        { "Dis-moi.", "Dis | -moi | ." },
        { "L’Oréal", "L’ | Oréal" },
        { "A.-M. Dupont", "A.-M. | Dupont" },
        { "e.g. ceci", "e.g. | ceci" },
        { "Dupont et Cie.", "Dupont | et | Cie." },
        { "14h30min", "14h30 | min" },
        { "n°5", "n° | 5" },
        { "N° 12", "N° | 12" },
        { "Emmanuel Macron.Le", "Emmanuel | Macron | . | Le" },
        { "fin!Début", "fin | ! | Début" },
        { "mot,mot", "mot | , | mot" },
        { "www.", "www | ." },
        { "jean@", "jean | @" },
        { "a'", "a | '" },
        { "l''a", "l' | ' | a" },
        { "Vas-y !", "Vas | -y | !" },
        { "le 1er-Mai", "le | 1er | - | Mai" },
        { "1939-1945", "1939 | - | 1945" },
        { "2010\u20132020", "2010 | \u2013 | 2020" },
        { "voir:https://exemple.fr", "voir | : | https://exemple.fr" },
        { "HTTPS://EXEMPLE.FR", "HTTPS://EXEMPLE.FR" },
        { "@Macron.", "@Macron | ." },
        { "ex-président", "ex-président" },
        { "anti-Macron", "anti-Macron" },
        { "l'an 2000", "l' | an | 2000" },
        { "la 2de", "la | 2de" },
        { "la 1re", "la | 1re" },
        { "3D", "3 | D" },
        { "§ 3", "§ | 3" },
        { "5\u00A0%", "5 | %" },
        { "Ve République", "Ve | République" },
        { "Les gens", "Les | gens" },
        { "Mes amis", "Mes | amis" },

        // Words cut at the end of a printed line (OCR'd newspapers): one token over the raw text
        { "M. Poin-\ncaré a reçu", "M. | Poin-\ncaré | a | reçu" },
        { "La Cham-\r\nbre des députés", "La | Cham-\r\nbre | des | députés" },
        { "M. Lau¬\nrent", "M. | Lau¬\nrent" },
        { "Constan- \t\n  tinople", "Constan- \t\n  tinople" },
        { "Saint-\nDenis", "Saint-\nDenis" },
        { "l'Assem-\nblée", "l' | Assem-\nblée" },
        { "Lau\u2010\nrent", "Lau\u2010\nrent" },
        { "Jean-\nPierre-Louis", "Jean-\nPierre-Louis" },
        { "mot -\nsuite", "mot | - | suite" },
        { "fin-\n\nsuite", "fin | - | suite" },
        { "fin-\r\n\r\nsuite", "fin | - | suite" },
        { "fin-\n 12", "fin | - | 12" },
        { "fin-\n« suite", "fin | - | « | suite" },
        // ¬ marks a cut on one line too (lines joined by spaces); a hyphen there may be suspended and is left alone
        { "fin¬ suite", "fin¬ suite" },
        { "M. Poin¬ caré a reçu", "M. | Poin¬ caré | a | reçu" },
        { "Constan¬tinople", "Constan¬tinople" },
        { "Saint¬ 	Denis", "Saint¬ 	Denis" },
        { "les pro- et anti-européens", "les | pro | - | et | anti-européens" },
        { "Poin- caré", "Poin- caré" },
        { "M. Bé-  raud", "M. | Bé-  raud" },
        { "les sous- ou sur-effectifs", "les | sous | - | ou | sur-effectifs" },
        { "micro- voire macro-économie", "micro | - | voire | macro-économie" },
        { "Saint- Denis", "Saint | - | Denis" },
        { "mot– suite", "mot | – | suite" },
        { "mot - suite", "mot | - | suite" },
        { "12- suite", "12 | - | suite" },
        { "fin¬ 12", "fin | ¬ | 12" },
        { "fin¬ « suite", "fin | ¬ | « | suite" },
        { "fin¬", "fin | ¬" },
        { "fin ¬ suite", "fin | ¬ | suite" },
        { "fin\nsuite", "fin | suite" },
    };
}
