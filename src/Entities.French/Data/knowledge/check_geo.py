#!/usr/bin/env python3
"""Check demonyms.tsv and the geography tables geo-*.tsv of this folder (stdlib only).

geo-*.tsv (alias-table format of ../aliases/*.tsv):
  '#' comment lines at the top, then the header 'canonical<TAB>label<TAB>aliases', then one entity per line: exactly three
  tab-separated columns, label LOC, no empty name or alias, no leading, trailing or doubled spaces, no two names of one entry
  equal after folding. Across entries: a folded name names one entry only, and is not already a name in ../aliases/*.tsv;
  the matching forms (fold + ../aliases/transliterations.tsv, what Entities.Resolution.AliasTable compares) of two LOC
  entries must differ too, or loading the tables together would fail. Names of the other tables of this folder
  (org-*.tsv...) sharing a folded form: error under the same label, warning otherwise (see ../aliases/cross-label.txt).
  Warning: a name equal to a French département name (the INSEE data names it too).

demonyms.tsv:
  '#' comment lines at the top, then the header 'place<TAB>masculine<TAB>feminine<TAB>masculine_plural<TAB>feminine_plural',
  five columns, no empty cell, forms in lower case (letters, hyphens, apostrophes, spaces); every place is a canonical name of
  ../aliases/countries.tsv, ../aliases/cities.tsv or geo-*.tsv, or is in ALLOWED_PLACES with a reason; a form (folded) names
  one place only unless its adjective (masculine) is listed in KNOWN_AMBIGUITIES; every canonical name of countries.tsv has an adjective unless listed in
  NO_DEMONYM. Warnings: a form whose capitalized noun is a place name of the tables (la Corse / un Corse); plurals that do
  not end in s or x.

Fold (as Entities.Resolution.TextFolding): lower case, diacritics removed (NFD, combining marks dropped, plus œ æ ß ø ł đ
and the like), periods dropped, typographic apostrophes, hyphens and every other non-alphanumeric character as a space,
spaces collapsed and trimmed.

Usage: python3 check_geo.py   (exit status 1 when an error is found)
"""
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = os.path.join(HERE, "..", "aliases")
GEO_FILES = ["geo-regions.tsv", "geo-waters.tsv", "geo-relief.tsv"]
DEMONYMS = "demonyms.tsv"
TABLE_HEADER = "canonical\tlabel\taliases"
DEMONYM_HEADER = "place\tmasculine\tfeminine\tmasculine_plural\tfeminine_plural"
LABELS = {"PER", "LOC", "ORG", "MISC"}

# Places of demonyms.tsv that are in no table here, with the reason.
ALLOWED_PLACES = {
    # Sovereign states missing from ../aliases/countries.tsv.
    "Centrafrique": "sovereign state missing from countries.tsv",
    "République dominicaine": "sovereign state missing from countries.tsv",
    "Bhoutan": "sovereign state missing from countries.tsv",
    "Maldives": "sovereign state missing from countries.tsv",
    "Seychelles": "sovereign state missing from countries.tsv",
    "Fidji": "sovereign state missing from countries.tsv",
    "Bahamas": "sovereign state missing from countries.tsv",
    "Barbade": "sovereign state missing from countries.tsv",
    "Belize": "sovereign state missing from countries.tsv",
    "Suriname": "sovereign state missing from countries.tsv",
    "Guyana": "sovereign state missing from countries.tsv",
    "Trinité-et-Tobago": "sovereign state missing from countries.tsv",
    "Sao Tomé-et-Principe": "sovereign state missing from countries.tsv",
    "Samoa": "sovereign state missing from countries.tsv",
    "Tonga": "sovereign state missing from countries.tsv",
    "Vanuatu": "sovereign state missing from countries.tsv",
    "Îles Salomon": "sovereign state missing from countries.tsv",
    # Historical states.
    "URSS": "historical state (soviétique)",
    "Yougoslavie": "historical state",
    "Tchécoslovaquie": "historical state",
    "RDA": "historical state (est-allemand)",
    "Empire ottoman": "historical state",
    # Départements (INSEE data).
    **{departement: "département, named by the INSEE data" for departement in [
        "Vendée", "Landes", "Aisne", "Alpes-Maritimes", "Hautes-Alpes", "Ardèche", "Ariège", "Aube", "Aude", "Aveyron",
        "Bouches-du-Rhône", "Cantal", "Corrèze", "Côtes-d'Armor", "Creuse", "Drôme", "Eure", "Eure-et-Loir",
        "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre", "Haute-Loire",
        "Loiret", "Lot", "Lozère", "Haute-Marne", "Mayenne", "Morbihan", "Nièvre", "Orne", "Puy-de-Dôme",
        "Hautes-Pyrénées", "Bas-Rhin", "Haut-Rhin", "Haute-Saône", "Sarthe", "Haute-Savoie", "Seine-Maritime",
        "Deux-Sèvres", "Var", "Vaucluse", "Haute-Vienne", "Yonne", "Essonne", "Yvelines", "Seine-Saint-Denis",
        "Val-d'Oise"]},
    # Historical provinces.
    "Berry": "historical province",
    # Cities left to GeoNames (not in ../aliases/cities.tsv).
    **{city: "city, named by GeoNames" for city in [
        "Lille", "Toulouse", "Bordeaux", "Nantes", "Nice", "Montpellier", "Rennes", "Grenoble", "Saint-Étienne",
        "Rouen", "Toulon", "Le Havre", "Reims", "Dijon", "Brest", "Nancy", "Metz", "Orléans", "Caen", "Limoges",
        "Ajaccio", "Bastia", "Avignon", "Perpignan", "Nîmes", "Cannes", "Calais", "Mulhouse", "Amiens", "Pau",
        "Bayonne", "Biarritz", "Versailles", "Milan", "Naples", "Venise", "Florence", "Turin",
        "Gênes", "Barcelone", "Séville", "Munich", "Hambourg", "Francfort", "Cologne", "Anvers", "Liège", "Lausanne",
        "Zurich", "Bâle", "Berne", "Manchester", "Casablanca", "Boston",
        "Lens", "Clermont-Ferrand", "Saint-Denis", "Villeurbanne", "Aix-en-Provence", "Le Mans", "Besançon", "Annecy",
        "Poitiers", "La Rochelle", "Lorient", "Vannes", "Quimper", "Saint-Brieuc", "Saint-Nazaire", "Laval", "Cholet",
        "La Roche-sur-Yon", "Niort", "Angoulême", "Cherbourg", "Évreux", "Alençon", "Lisieux", "Dieppe", "Saint-Lô",
        "Lannion", "Morlaix", "Fougères", "Vitré", "Concarneau", "Auxerre", "Troyes", "Nevers", "Montbéliard",
        "Belfort", "Colmar", "Haguenau", "Épinal", "Saint-Dié-des-Vosges", "Lunéville", "Verdun", "Thionville",
        "Forbach", "Sarreguemines", "Épernay", "Sedan", "Charleville-Mézières", "Le Creusot", "Valenciennes",
        "Dunkerque", "Roubaix", "Tourcoing", "Douai", "Arras", "Cambrai", "Maubeuge", "Béthune", "Liévin",
        "Hénin-Beaumont", "Saint-Omer", "Abbeville", "Beauvais", "Compiègne", "Soissons", "Laon", "Saint-Quentin",
        "Bourges", "Châteauroux", "Chartres", "Blois", "Dreux", "Vierzon", "Chambéry", "Valence", "Bourg-en-Bresse",
        "Roanne", "Oyonnax", "Annemasse", "Albertville", "Thonon-les-Bains", "Vénissieux", "Vaulx-en-Velin",
        "Villefranche-sur-Saône", "Montélimar", "Romans-sur-Isère", "Le Puy-en-Velay", "Montluçon", "Moulins",
        "Aurillac", "Brive-la-Gaillarde", "Tulle", "Rodez", "Millau", "Cahors", "Montauban", "Albi", "Castres",
        "Colomiers", "Auch", "Tarbes", "Lourdes", "Dax", "Agen", "Périgueux", "Bergerac", "Libourne", "Mérignac",
        "Pessac", "Cognac", "Saintes", "Rochefort", "Royan", "Les Sables-d'Olonne", "Béziers", "Narbonne",
        "Carcassonne", "Sète", "Alès", "Istres", "Martigues", "Aubagne", "Salon-de-Provence", "Vitrolles", "Marignane",
        "La Ciotat", "Carpentras", "Cavaillon", "Hyères", "Fréjus", "Saint-Raphaël", "Draguignan", "Antibes", "Grasse",
        "Menton", "Gap", "Nanterre", "Créteil", "Argenteuil", "Montreuil", "Saint-Ouen", "Aubervilliers", "Bobigny",
        "Pantin", "Drancy", "Aulnay-sous-Bois", "Sarcelles", "Vitry-sur-Seine", "Ivry-sur-Seine", "Vincennes",
        "Neuilly-sur-Seine", "Levallois-Perret", "Courbevoie", "Issy-les-Moulineaux", "Rueil-Malmaison",
        "Saint-Germain-en-Laye", "Poissy", "Mantes-la-Jolie", "Cergy", "Évry", "Massy", "Meaux", "Melun",
        "Fontainebleau", "Nouméa", "Papeete", "Fort-de-France", "Pointe-à-Pitre", "Cayenne"]},
    # Towns below the cities15000 threshold of GeoNames, named by the INSEE data.
    **{town: "town, named by the INSEE data (not in GeoNames cities15000)" for town in [
        "Sochaux", "Guingamp", "Saint-Jean-de-Luz", "Hendaye", "Arcachon"]},
}

# Adjectives (masculine, folded) whose forms name two places on purpose, with the places.
KNOWN_AMBIGUITIES = {
    "congolais": {"République du Congo", "République démocratique du Congo"},
}

# Canonical names of ../aliases/countries.tsv without an adjective here, with the reason.
NO_DEMONYM = {
    "Vatican": "no adjective whose noun differs from the place name (vatican / le Vatican)",
    "Donbass": "no usual adjective",
}

# French département names (the INSEE data names them): a geo name equal to one is worth knowing.
DEPARTEMENTS = """Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|
Aveyron|Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze|Corse-du-Sud|Haute-Corse|Côte-d'Or|
Côtes-d'Armor|Creuse|Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|
Ille-et-Vilaine|Indre|Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|
Lot-et-Garonne|Lozère|Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|
Nord|Oise|Orne|Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|
Rhône|Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Paris|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|
Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|Territoire de Belfort|Essonne|
Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe|Martinique|Guyane|La Réunion|Mayotte"""

_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "þ": "th", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i",
              "ħ": "h", "ŧ": "t", "ŀ": "l", "ſ": "s"}


def fold(text):
    """Lower case, no diacritics, no periods, every other separator as one space (TextFolding.Fold)."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(ch) or ch in ".\u00b7":
            continue
        ch = _LIGATURES.get(ch, ch)
        out.append(ch if ch.isalnum() else " ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def read_transliterations():
    """The rules of ../aliases/transliterations.tsv: (from, to, position), in order."""
    rules = []
    path = os.path.join(ALIASES, "transliterations.tsv")
    if not os.path.exists(path):
        return rules
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] == "from" or len(fields) != 3:
                continue
            rules.append((fold(fields[0]).replace(" ", ""), fold(fields[1]).replace(" ", ""), fields[2].strip()))
    return rules


RULES = read_transliterations()


def match_key(text):
    """fold + transliteration rules, word by word (Entities.Resolution.MatchKeyBuilder)."""
    words = []
    for word in fold(text).split(" "):
        for src, dst, position in RULES:
            if len(word) <= len(src):
                continue
            if position == "end" and word.endswith(src):
                word = word[: len(word) - len(src)] + dst
            elif position == "start" and word.startswith(src):
                word = dst + word[len(src):]
            elif position == "any":
                word = word.replace(src, dst)
        words.append(word)
    return " ".join(words)


def read_lines(path, errors, header):
    """Yield (line number, columns) of the data lines after the header; record layout errors."""
    name = os.path.basename(path)
    seen_header = False
    with open(path, encoding="utf-8", newline="") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.endswith("\r"):
                errors.append(f"{name}:{no}: CR line ending")
                line = line[:-1]
            if not seen_header:
                if line.startswith("#"):
                    continue
                if line != header:
                    errors.append(f"{name}:{no}: expected the header {header!r}, got {line!r}")
                seen_header = True
                continue
            if not line.strip():
                errors.append(f"{name}:{no}: blank line")
                continue
            if line.lstrip().startswith("#"):
                errors.append(f"{name}:{no}: comment after the header")
                continue
            yield no, line.split("\t")
    if not seen_header:
        errors.append(f"{name}: no header")


def read_table(path, errors):
    """Yield (line, canonical, label, names) of an alias table; record format errors in errors."""
    name = os.path.basename(path)
    for no, cols in read_lines(path, errors, TABLE_HEADER):
        if len(cols) != 3:
            errors.append(f"{name}:{no}: {len(cols)} columns instead of 3")
            continue
        canonical, label, aliases = cols
        if label not in LABELS:
            errors.append(f"{name}:{no}: unknown label {label!r}")
        names = [canonical] + (aliases.split("|") if aliases.strip() else [])
        ok = True
        for n in names:
            if not n.strip() or not fold(n):
                errors.append(f"{name}:{no}: empty name or alias")
                ok = False
            elif n != n.strip() or "  " in n:
                errors.append(f"{name}:{no}: stray spaces in {n!r}")
        seen = {}
        for n in names:
            k = fold(n)
            if k in seen:
                errors.append(f"{name}:{no}: {n!r} and {seen[k]!r} fold together")
            seen[k] = n
        if ok:
            yield no, canonical, label, names


def check_geo(errors, warnings):
    """Check geo-*.tsv; return (counts, canonical names of the geo files, folded name -> canonical of every table)."""
    known = {}  # fold -> (where, canonical, label), ../aliases
    known_keys = {}  # match key -> (where, canonical), LOC entries of ../aliases
    for path in sorted(glob.glob(os.path.join(ALIASES, "*.tsv"))):
        base = os.path.basename(path)
        if base in ("transliterations.tsv", "place-senses.tsv", "organization-senses.tsv"):  # rules and cues, not entity tables
            continue
        for no, canonical, label, names in read_table(path, []):
            for n in names:
                known.setdefault(fold(n), (f"../aliases/{base}:{no}", canonical, label))
                if label == "LOC":
                    known_keys.setdefault(match_key(n), (f"../aliases/{base}:{no}", canonical))
    others = {}  # fold -> (where, canonical, label), other tables of this folder
    for path in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
        base = os.path.basename(path)
        if base in GEO_FILES or base == DEMONYMS:
            continue
        for no, canonical, label, names in read_table(path, []):
            for n in names:
                others.setdefault(fold(n), (f"{base}:{no}", canonical, label))
    departements = {fold(d): d for d in DEPARTEMENTS.replace("\n", "").split("|")}

    mine = {}  # fold -> (where, canonical)
    mine_keys = {}  # match key -> (where, canonical)
    counts = {}
    canonicals = set()
    for base in GEO_FILES:
        path = os.path.join(HERE, base)
        if not os.path.exists(path):
            errors.append(f"{base}: missing")
            continue
        counts[base] = 0
        for no, canonical, label, names in read_table(path, errors):
            counts[base] += 1
            where = f"{base}:{no}"
            if label != "LOC":
                errors.append(f"{where}: label {label!r}, LOC expected")
            canonicals.add(canonical)
            for n in names:
                k = fold(n)
                if k in known:
                    w2, c2, l2 = known[k]
                    errors.append(f"{where}: {n!r} ({canonical}) is already a name of {c2} ({l2}) at {w2}")
                    continue
                if k in mine and mine[k][1] != canonical:
                    errors.append(f"{where}: {n!r} ({canonical}) also names {mine[k][1]} at {mine[k][0]}")
                    continue
                mine.setdefault(k, (where, canonical))
                key = match_key(n)
                clash = known_keys.get(key) or (mine_keys.get(key) if mine_keys.get(key, ("", canonical))[1] != canonical else None)
                if clash:
                    errors.append(f"{where}: {n!r} ({canonical}) has the matching form {key!r} of {clash[1]} at {clash[0]}"
                                  " (transliteration rules)")
                mine_keys.setdefault(key, (where, canonical))
                if k in others:
                    w2, c2, l2 = others[k]
                    if l2 == "LOC":
                        errors.append(f"{where}: {n!r} ({canonical}) also names {c2} (LOC) at {w2}")
                    else:
                        warnings.append(f"{where}: {n!r} ({canonical}) also names {c2} ({l2}) at {w2};"
                                        " needs ../aliases/cross-label.txt if the tables are loaded together")
                if k in departements:
                    warnings.append(f"{where}: {n!r} ({canonical}) is also the département {departements[k]} (INSEE data)")
    all_names = {k: v[1] for k, v in known.items() if v[2] == "LOC"}
    all_names.update({k: v[1] for k, v in mine.items()})
    return counts, canonicals, all_names


def canonical_names(base):
    """Canonical name -> set of its folded names, for a table of ../aliases."""
    table = {}
    for _no, canonical, _label, names in read_table(os.path.join(ALIASES, base), []):
        table[canonical] = {fold(n) for n in names}
    return table


FORM_RE = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæñ' -]+$")


def check_demonyms(errors, warnings, geo_canonicals, place_names):
    """Check demonyms.tsv; return the number of lines."""
    countries = canonical_names("countries.tsv")
    cities = canonical_names("cities.tsv")
    places = set(countries) | set(cities) | geo_canonicals
    alias_of = {}
    for table in (countries, cities):
        for canonical, names in table.items():
            for k in names:
                alias_of.setdefault(k, canonical)
    path = os.path.join(HERE, DEMONYMS)
    if not os.path.exists(path):
        errors.append(f"{DEMONYMS}: missing")
        return 0
    count = 0
    form_places = {}  # folded form -> {place: (line, folded masculine)}
    masc_places = {}  # folded masculine -> set of places
    lines_seen = {}
    used_places = set()
    for no, cols in read_lines(path, errors, DEMONYM_HEADER):
        where = f"{DEMONYMS}:{no}"
        count += 1
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns instead of 5")
            continue
        place, *forms = cols
        for cell in cols:
            if not cell:
                errors.append(f"{where}: empty cell")
            elif cell != cell.strip() or "  " in cell:
                errors.append(f"{where}: stray spaces in {cell!r}")
        if not all(cols):
            continue
        for form in forms:
            if form != form.lower():
                errors.append(f"{where}: {form!r} is not in lower case")
            elif not FORM_RE.match(form):
                errors.append(f"{where}: unexpected character in {form!r}")
        used_places.add(place)
        if place not in places:
            if place in ALLOWED_PLACES:
                pass
            elif fold(place) in alias_of:
                errors.append(f"{where}: place {place!r} is an alias; write the canonical name {alias_of[fold(place)]!r}")
            else:
                errors.append(f"{where}: unknown place {place!r} (add it to a table or to ALLOWED_PLACES with a reason)")
        elif place in ALLOWED_PLACES:
            errors.append(f"{where}: {place!r} is in a table, remove it from ALLOWED_PLACES")
        line_key = (fold(forms[0]), place)
        if line_key in lines_seen:
            errors.append(f"{where}: same line as {DEMONYMS}:{lines_seen[line_key]}")
        lines_seen[line_key] = no
        masc_places.setdefault(fold(forms[0]), set()).add(place)
        for k in dict.fromkeys(fold(form) for form in forms):
            form_places.setdefault(k, {}).setdefault(place, (no, fold(forms[0])))
            if k in place_names:
                warnings.append(f"{where}: the noun of {k!r} is the place name {place_names[k]!r}")
        masc, fem, masc_pl, fem_pl = forms
        if not (masc_pl.endswith(("s", "x")) or masc_pl == masc) or not (fem_pl.endswith("s") or fem_pl == fem):
            warnings.append(f"{where}: unusual plural ({masc_pl}, {fem_pl})")
    for form, by_place in sorted(form_places.items()):
        if len(by_place) < 2:
            continue
        mascs = {m for _n, m in by_place.values()}
        if len(mascs) == 1 and KNOWN_AMBIGUITIES.get(next(iter(mascs))) == set(by_place):
            continue
        detail = ", ".join(f"{p} (line {n})" for p, (n, _m) in by_place.items())
        errors.append(f"{DEMONYMS}: {form!r} names several places: {detail} (list it in KNOWN_AMBIGUITIES if intended)")
    for form, expected in KNOWN_AMBIGUITIES.items():
        if masc_places.get(form) != expected:
            errors.append(f"check_geo.py: KNOWN_AMBIGUITIES[{form!r}] no longer matches {DEMONYMS}")
    for place in ALLOWED_PLACES:
        if place not in used_places:
            errors.append(f"check_geo.py: ALLOWED_PLACES[{place!r}] is not used by {DEMONYMS}")
    for country in countries:
        if country not in used_places and country not in NO_DEMONYM:
            errors.append(f"{DEMONYMS}: no adjective for {country!r} of countries.tsv (or list it in NO_DEMONYM)")
    for country in NO_DEMONYM:
        if country not in countries:
            errors.append(f"check_geo.py: NO_DEMONYM[{country!r}] is not in countries.tsv")
        elif country in used_places:
            errors.append(f"check_geo.py: NO_DEMONYM[{country!r}] has an adjective in {DEMONYMS}")
    return count


def main():
    errors, warnings = [], []
    counts, geo_canonicals, place_names = check_geo(errors, warnings)
    demonyms = check_demonyms(errors, warnings, geo_canonicals, place_names)
    quiet = "-q" in sys.argv[1:]
    if not quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("error:", e)
    for base, c in counts.items():
        print(f"{base}: {c} entries")
    print(f"{DEMONYMS}: {demonyms} lines")
    print(f"{len(errors)} errors, {len(warnings)} warnings" + (" (not shown: -q)" if quiet else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
