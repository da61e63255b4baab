using Entities.Cli.Input;

namespace Entities.Tests.Cli;

public class DocumentReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, true, "ab", "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, true, "a", "")]
    [InlineData(new byte[] { 0xC3, 0xA9 }, true, "é", "")]
    [InlineData(new byte[] { 0x61, 0x00 }, false, "", "binary file (NUL byte at offset 1)")]
    [InlineData(new byte[] { 0x61, 0xE9, 0x62 }, false, "", "invalid UTF-8 at byte offset 1")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC3 }, false, "", "invalid UTF-8 at byte offset 4")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, false, "", "invalid UTF-8 at byte offset 0")]
    [InlineData(new byte[0], true, "", "")]
    public void Decodes_utf8_and_rejects_binary_or_invalid_bytes(byte[] bytes, bool ok, string text, string error)
    {
        Assert.Equal(ok, DocumentReader.TryDecode(bytes, out var actualText, out var actualError));
        Assert.Equal(text, actualText);
        Assert.Equal(error, actualError);
    }

    [Fact]
    public void Standard_input_with_a_nul_character_is_rejected()
    {
        Assert.False(DocumentReader.TryRead(InputSource.StandardInput, new StringReader("a\0b"), out _, out var error));
        Assert.Equal("binary input (NUL character at offset 1)", error);
    }
}
