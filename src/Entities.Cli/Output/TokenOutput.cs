using System.Globalization;
using System.Text.Json;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Cli.Output;

/// <summary>Writes the tokens and sentences of one document for <c>entities tokenize</c>.</summary>
internal static class TokenOutput
{
    /// <summary>
    /// TSV: one token per line, <c>start&lt;TAB&gt;end&lt;TAB&gt;kind&lt;TAB&gt;surface&lt;TAB&gt;normalized</c>
    /// (surface and normalized escaped with <see cref="Escaping.EscapeField"/>), and a blank line after each sentence.
    /// </summary>
    public static void WriteTsv(TextWriter output, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                output.Write(token.Start.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(token.End.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(KindName(token.Kind));
                output.Write('\t');
                output.Write(Escaping.EscapeField(token.GetSpan(text)));
                output.Write('\t');
                output.Write(Escaping.EscapeField(token.GetNormalized(text)));
                output.Write('\n');
            }

            output.Write('\n');
        }
    }

    /// <summary>
    /// JSON: <c>{"document":…,"sentences":[{"start","end","tokens":[{"start","end","kind","text","normalized"}]}]}</c>
    /// followed by a newline; sentence offsets span from their first token's start to their last token's end.
    /// </summary>
    public static void WriteJson(TextWriter output, string document, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(JsonText.Build((document, text, tokens, sentences), static (writer, state) => Write(writer, state.document, state.text, state.tokens, state.sentences)));
        output.Write('\n');
    }

    /// <summary>The name of a token kind in the output: the <see cref="TokenKind"/> member name, e.g. <c>Word</c>.</summary>
    public static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => nameof(TokenKind.Word),
        TokenKind.Elision => nameof(TokenKind.Elision),
        TokenKind.Number => nameof(TokenKind.Number),
        TokenKind.Punctuation => nameof(TokenKind.Punctuation),
        TokenKind.Symbol => nameof(TokenKind.Symbol),
        TokenKind.Abbreviation => nameof(TokenKind.Abbreviation),
        TokenKind.Url => nameof(TokenKind.Url),
        TokenKind.Email => nameof(TokenKind.Email),
        TokenKind.Handle => nameof(TokenKind.Handle),
        TokenKind.Hashtag => nameof(TokenKind.Hashtag),
        _ => kind.ToString(),
    };

    private static void Write(Utf8JsonWriter writer, string document, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        writer.WriteStartObject();
        writer.WriteString("document", document);
        writer.WriteStartArray("sentences");
        foreach (var sentence in sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", tokens[sentence.FirstToken].Start);
            writer.WriteNumber("end", tokens[sentence.EndToken - 1].End);
            writer.WriteStartArray("tokens");
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteString("kind", KindName(token.Kind));
                writer.WriteString("text", token.GetSpan(text));
                writer.WriteString("normalized", token.GetNormalized(text));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
