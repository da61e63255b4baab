using System.Text.Json;

namespace Entities.Cli.Output;

/// <summary>
/// The JSON object of one document in <c>entities extract</c> output:
/// <c>{"document":…,"mentions":[{"start","end","text","label","score","entity","roles"?}],"entities":[{"id","label","name","aliases","mentions"}]}</c>;
/// a person mention with roles gets <c>"roles":[{"role","qualifier"?,"of","place"?,"start","end"}]</c> (<c>of</c>: the entity id of the
/// organization or place, <see langword="null"/> when a nationality adjective names it: then <c>place</c> is its name).
/// Offsets are UTF-16 code units, start inclusive, end exclusive.
/// </summary>
internal static class ExtractionJson
{
    /// <summary>Renders the object of one document as compact JSON (no trailing newline).</summary>
    public static string Render(string document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Build((document, result), static (writer, state) => Write(writer, state.document, state.result));
    }

    /// <summary>Writes the object of one document.</summary>
    public static void Write(Utf8JsonWriter writer, string document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("document", document);
        writer.WriteStartArray("mentions");
        int nextRole = 0;
        for (int m = 0; m < result.Mentions.Count; m++)
        {
            var mention = result.Mentions[m];
            writer.WriteStartObject();
            writer.WriteNumber("start", mention.Start);
            writer.WriteNumber("end", mention.End);
            writer.WriteString("text", mention.Text);
            writer.WriteString("label", mention.Label.ToCode());
            writer.WriteNumber("score", JsonText.RoundScore(mention.Score));
            if (mention.EntityId is null) writer.WriteNull("entity");
            else writer.WriteString("entity", mention.EntityId);
            while (nextRole < result.Roles.Count && result.Roles[nextRole].PersonMention < m) nextRole++;
            if (nextRole < result.Roles.Count && result.Roles[nextRole].PersonMention == m)
            {
                writer.WriteStartArray("roles");
                for (; nextRole < result.Roles.Count && result.Roles[nextRole].PersonMention == m; nextRole++)
                {
                    var role = result.Roles[nextRole];
                    writer.WriteStartObject();
                    writer.WriteString("role", role.Role);
                    if (role.Qualifier is not null) writer.WriteString("qualifier", role.Qualifier);
                    if (role.TargetMention is { } target && result.Mentions[target].EntityId is { } of) writer.WriteString("of", of);
                    else writer.WriteNull("of");
                    if (role.Place is not null) writer.WriteString("place", role.Place);
                    writer.WriteNumber("start", role.Start);
                    writer.WriteNumber("end", role.End);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("label", entity.Label.ToCode());
            writer.WriteString("name", entity.CanonicalName);
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) writer.WriteStringValue(alias);
            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var index in entity.MentionIndices) writer.WriteNumberValue(index);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
