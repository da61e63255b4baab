using System.Collections.Frozen;
using Entities.Knowledge;

namespace Entities.Resolution;

/// <summary>
/// Given names and the gender they carry (<c>Claire</c> → female), read from a person's first given name when no title gives
/// one: <c>M. Durand</c> then never joins <c>Claire Durand</c>. Names are compared folded (<see cref="TextFolding.Fold"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class GivenNameGenders
{
    private readonly FrozenDictionary<string, PersonGender> _genders;
    private readonly FrozenDictionary<string, PersonGender>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the table from (name, gender) pairs; names are folded, unknown genders skipped.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two names fold alike with different genders.</exception>
    public GivenNameGenders(IEnumerable<KeyValuePair<string, PersonGender>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var genders = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var (name, gender) in names)
        {
            string folded = TextFolding.Fold(name ?? "");
            if (folded.Length == 0 || gender == PersonGender.Unknown) continue;
            if (genders.TryGetValue(folded, out var known) && known != gender)
            {
                throw new ArgumentException($"Given name '{name}' is listed as both genders.", nameof(names));
            }

            genders[folded] = gender;
        }

        _genders = genders.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _genders.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No given names: genders come from titles only.</summary>
    public static GivenNameGenders Empty { get; } = new([]);

    /// <summary>Number of names.</summary>
    public int Count => _genders.Count;

    /// <summary>The gender of a folded given name (<see cref="TextFolding.Fold"/>), or <see cref="PersonGender.Unknown"/>.</summary>
    public PersonGender GenderOfFolded(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var gender) ? gender : PersonGender.Unknown;

    /// <summary>The gender of a given name as written, or <see cref="PersonGender.Unknown"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PersonGender GenderOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return GenderOfFolded(TextFolding.Fold(name));
    }

    /// <summary>
    /// Reads a table: <c>#</c> comment lines and blank lines are skipped; each other line is <c>name&lt;TAB&gt;m</c> or
    /// <c>name&lt;TAB&gt;f</c>.
    /// </summary>
    /// <param name="reader">The table's text.</param>
    /// <param name="source">The table's name, for error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">A line is malformed or a name is listed twice with different genders.</exception>
    public static GivenNameGenders Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var names = new List<KeyValuePair<string, PersonGender>>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            string[] columns = line.Split('\t');
            var gender = columns.Length == 2 ? columns[1] switch { "m" => PersonGender.Male, "f" => PersonGender.Female, _ => PersonGender.Unknown } : PersonGender.Unknown;
            if (gender == PersonGender.Unknown || columns[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{source}:{number}: expected 'name<TAB>m' or 'name<TAB>f', got '{line}'.");
            }

            names.Add(new(columns[0].Trim(), gender));
        }

        try
        {
            return new GivenNameGenders(names);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }
}
