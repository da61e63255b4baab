using Entities.Models;
using System.IO.Compression;
using System.Text;
using Entities.Tagging;

namespace Entities.Tagging;

/// <summary>
/// The tagger model file format, version 3 (written only for models with capitalization classes; others are written as
/// version 2, byte-identical to what the version-2 writer gave):
/// <code>
/// magic "ENTS-NER" (8 bytes) | format version (uint16) | flags (uint16, 0) | payload length (int64) | CRC-32 of payload (uint32)
/// payload = Deflate( labels | metadata | feature configuration (titles, elisions, gazetteers with entries, lower-case words, word clusters,
///                    trigger words, [version 3: capitalization classes, fine-neighbour flag]) | tag count | transitions (float32) | temperature (float32) | feature count
///                    | feature hashes (uint64, ascending) | per feature: mask of non-zero tags (uint32)
///                    | count of non-zero weights | those weights, feature by feature (float16) | "END!" )
/// </code>
/// Version 1 (still read) has no trigger words and no temperature (1), and interleaves each feature's mask and weights.
/// Numbers are little-endian; arrays are read in bulk.
/// Every failure to read is reported as <see cref="ModelFormatException"/>; a model is only returned once fully read.
/// </summary>
internal static class ModelSerializer
{
    public const ushort FormatVersion = 4;

    /// <summary>The version written for models with capitalization classes or fine neighbours but no ordinary-word list.</summary>
    private const ushort CapitalizationVersion = 3;

    /// <summary>The version written for models without the version-3 additions.</summary>
    private const ushort PlainVersion = 2;
    private static readonly byte[] Magic = "ENTS-NER"u8.ToArray();
    private const int HeaderSize = 8 + 2 + 2 + 8 + 4;
    private const uint EndMarker = 0x21444E45; // "END!"

    public static void Write(TaggerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var stream = File.Create(path);
        Write(model, stream);
    }

    public static void Write(TaggerModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        ushort version = model.Features.OrdinaryWords.Count > 0 ? FormatVersion
            : model.Features.CapitalizationClasses.Count > 0 || model.Features.FineNeighbors ? CapitalizationVersion : PlainVersion;
        using var payload = new MemoryStream();
        using (var deflate = new DeflateStream(payload, CompressionLevel.Optimal, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
            WritePayload(model, writer, version);
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(version);
        header.Write((ushort)0);
        header.Write((long)bytes.Length);
        header.Write(Crc32.Compute(bytes));
        header.Write(bytes);
    }

    public static TaggerModel Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(path, e.Message, e);
        }

        using (stream) return Read(stream, path);
    }

    public static TaggerModel Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var header = new byte[HeaderSize];
        int got = ReadFully(stream, header);
        if (got == 0) throw new ModelFormatException(sourceName, "the file is empty.");
        if (got < Magic.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new ModelFormatException(sourceName, "not an Entities tagger model (wrong magic header).");
        if (got < HeaderSize) throw new ModelFormatException(sourceName, "truncated header.");
        ushort version = BitConverter.ToUInt16(header, 8);
        if (version > FormatVersion)
            throw new ModelFormatException(sourceName, $"format version {version} is newer than the supported version {FormatVersion}; update the library.");
        if (version == 0) throw new ModelFormatException(sourceName, "invalid format version 0.");
        long length = BitConverter.ToInt64(header, 12);
        uint crc = BitConverter.ToUInt32(header, 20);
        if (length <= 0 || length > int.MaxValue) throw new ModelFormatException(sourceName, $"invalid payload length {length}.");
        var payload = new byte[length];
        int read = ReadFully(stream, payload);
        if (read < length) throw new ModelFormatException(sourceName, $"truncated: {read} of {length} payload bytes.");
        if (Crc32.Compute(payload) != crc) throw new ModelFormatException(sourceName, "checksum mismatch (the file is corrupt).");
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(payload, writable: false), CompressionMode.Decompress);
            using var buffered = new BufferedStream(deflate, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            return ReadPayload(reader, version);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or FormatException or OverflowException or IOException or DecoderFallbackException)
        {
            throw new ModelFormatException(sourceName, "invalid payload: " + e.Message, e);
        }
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }

        return total;
    }

    private static void WritePayload(TaggerModel model, BinaryWriter w, ushort version)
    {
        var labels = model.TagSet.Labels;
        w.Write(labels.Count);
        foreach (var label in labels) w.Write(label.ToCode());
        var metadata = model.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        w.Write(metadata.Length);
        foreach (var (key, value) in metadata) { w.Write(key); w.Write(value); }
        WriteStrings(w, model.Features.TitleWords);
        WriteStrings(w, model.Features.ElisionWords);
        w.Write(model.Features.Gazetteers.Count);
        foreach (var gazetteer in model.Features.Gazetteers)
        {
            w.Write(gazetteer.Name);
            WriteStrings(w, gazetteer.Entries);
        }

        WriteStrings(w, model.Features.LowercaseWords);
        w.Write(model.Features.WordClusters.Count);
        foreach (var c in model.Features.WordClusters) { w.Write(c.Word); w.Write(c.Coarse); w.Write(c.Fine); }
        w.Write(model.Features.TriggerWords.Count);
        foreach (var trigger in model.Features.TriggerWords) { w.Write(trigger.Word); w.Write(trigger.Category); }
        if (version >= 3)
        {
            w.Write(model.Features.CapitalizationClasses.Count);
            foreach (var c in model.Features.CapitalizationClasses) { w.Write(c.Word); w.Write((byte)c.Class); }
            w.Write(model.Features.FineNeighbors);
        }

        if (version >= 4) WriteStrings(w, model.Features.OrdinaryWords);

        int t = model.TagSet.Count;
        w.Write(t);
        foreach (float f in model.Transitions) w.Write(f);
        w.Write(model.Temperature);
        var table = model.Table;
        var order = Enumerable.Range(0, table.Count).OrderBy(r => table.Hashes[r]).ToArray();
        w.Write(order.Length);
        foreach (int r in order) w.Write(table.Hashes[r]);
        var nonZero = new List<Half>();
        foreach (int r in order)
        {
            uint mask = 0;
            for (int j = 0; j < t; j++)
            {
                var h = (Half)table.Weight(r, j);
                if (h == Half.Zero) continue;
                mask |= 1u << j;
                nonZero.Add(h);
            }

            w.Write(mask);
        }

        w.Write(nonZero.Count);
        foreach (var h in nonZero) w.Write(h);

        w.Write(EndMarker);
    }

    private static TaggerModel ReadPayload(BinaryReader r, ushort version)
    {
        int labelCount = ReadCount(r, 32);
        var labels = new EntityLabel[labelCount];
        for (int i = 0; i < labelCount; i++)
        {
            string code = r.ReadString();
            if (!EntityLabels.TryParse(code, out labels[i])) throw new InvalidDataException($"unknown label '{code}'.");
        }

        int metaCount = ReadCount(r, 10_000);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < metaCount; i++) metadata[r.ReadString()] = r.ReadString();
        var titles = ReadStrings(r);
        var elisions = ReadStrings(r);
        int gazCount = ReadCount(r, 30);
        var gazetteers = new Gazetteer[gazCount];
        for (int i = 0; i < gazCount; i++)
        {
            string name = r.ReadString();
            gazetteers[i] = new Gazetteer(name, ReadStrings(r));
        }

        // The matcher depends on the gazetteers alone: it is built on another core while the rest of the file is read (on a
        // thread of its own, so that a busy thread pool never delays a model load).
        var matcher = Task.Factory.StartNew(() => new GazetteerMatcher(gazetteers), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var lowercase = ReadStrings(r);
        int clusterCount = ReadCount(r, 10_000_000);
        var clusters = new WordCluster[clusterCount];
        for (int i = 0; i < clusterCount; i++) clusters[i] = new WordCluster(r.ReadString(), r.ReadInt32(), r.ReadInt32());
        var triggers = Array.Empty<TriggerWord>();
        if (version >= 2)
        {
            triggers = new TriggerWord[ReadCount(r, 100_000)];
            for (int i = 0; i < triggers.Length; i++) triggers[i] = new TriggerWord(r.ReadString(), r.ReadString());
        }

        var capitalization = Array.Empty<WordCapitalization>();
        bool fineNeighbors = false;
        if (version >= 3)
        {
            capitalization = new WordCapitalization[ReadCount(r, 10_000_000)];
            for (int i = 0; i < capitalization.Length; i++) capitalization[i] = new WordCapitalization(r.ReadString(), r.ReadByte());
            fineNeighbors = r.ReadBoolean();
        }

        IReadOnlyList<string> ordinary = version >= 4 ? ReadStrings(r) : [];

        var tagSet = new TagSet(labels);
        int t = r.ReadInt32();
        if (t != tagSet.Count) throw new InvalidDataException($"tag count {t} does not match {labelCount} labels.");
        var transitions = new float[(t + 1) * t];
        ReadArray(r, transitions.AsSpan());
        float temperature = version >= 2 ? r.ReadSingle() : 1;
        if (!(temperature > 0) || float.IsInfinity(temperature)) throw new InvalidDataException($"invalid temperature {temperature}.");
        int featureCount = ReadCount(r, 50_000_000);
        var hashes = new ulong[featureCount];
        ReadArray(r, hashes.AsSpan());
        var weights = new Half[featureCount * t];
        if (version >= 2) ReadWeights(r, weights, featureCount, t);
        else
        {
            for (int i = 0; i < featureCount; i++)
            {
                uint mask = r.ReadUInt32();
                if (t < 32 && mask >> t != 0) throw new InvalidDataException("weight mask names a tag out of range.");
                for (int j = 0; j < t; j++) if ((mask & (1u << j)) != 0) weights[i * t + j] = r.ReadHalf();
            }
        }

        if (r.ReadUInt32() != EndMarker) throw new InvalidDataException("missing end marker.");
        if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("unexpected data after the end marker.");
        var features = new FeatureConfiguration
        {
            TitleWords = titles, ElisionWords = elisions, Gazetteers = gazetteers, LowercaseWords = lowercase, WordClusters = clusters, TriggerWords = triggers,
            CapitalizationClasses = capitalization, FineNeighbors = fineNeighbors, OrdinaryWords = ordinary,
            PrebuiltMatcher = matcher.GetAwaiter().GetResult(),
        };
        return new TaggerModel(tagSet, features, new FeatureTable(hashes, weights, t), transitions, metadata, temperature);
    }

    /// <summary>Reads the version-2 weight block: all masks, then all non-zero weights, each in one bulk read.</summary>
    private static void ReadWeights(BinaryReader r, Half[] weights, int featureCount, int t)
    {
        var masks = new uint[featureCount];
        ReadArray(r, masks.AsSpan());
        int total = ReadCount(r, featureCount * t);
        var halves = new Half[total];
        ReadArray(r, halves.AsSpan());
        int next = 0;
        for (int i = 0; i < featureCount; i++)
        {
            uint mask = masks[i];
            if (t < 32 && mask >> t != 0) throw new InvalidDataException("weight mask names a tag out of range.");
            for (int j = 0; mask != 0; j++, mask >>= 1)
            {
                if ((mask & 1) == 0) continue;
                if (next >= total) throw new InvalidDataException("fewer weights than the masks name.");
                weights[i * t + j] = halves[next++];
            }
        }

        if (next != total) throw new InvalidDataException("more weights than the masks name.");
    }

    /// <summary>Fills <paramref name="values"/> from the stream in one read (little-endian data).</summary>
    private static void ReadArray<T>(BinaryReader r, Span<T> values) where T : unmanaged
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values);
        r.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Model files are read on little-endian machines only.");
    }

    private static int ReadCount(BinaryReader r, int max)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > max) throw new InvalidDataException($"count {n} out of range.");
        return n;
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values) w.Write(v);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        int n = ReadCount(r, 10_000_000);
        var values = new string[n];
        for (int i = 0; i < n; i++) values[i] = r.ReadString();
        return values;
    }
}
