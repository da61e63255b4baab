using System.Xml;

namespace Entities.Graph.Export;

/// <summary>
/// Writes GEXF 1.2 (<c>http://www.gexf.net/1.2draft</c>, <c>version="1.2"</c>), undirected and static: the version Gephi and
/// every NetworkX release read (NetworkX 2.8 reads the 1.1 and 1.2 drafts only, not 1.3). Each node has its canonical name as
/// <c>label</c>, a <c>viz:color</c> by entity type and the attributes <c>type</c>, <c>aliases</c>, <c>mentions</c>,
/// <c>documents</c>, and <c>tableAliases</c> when some aliases come only from the alias tables (see
/// <see cref="XmlExport.TableAliasList"/>); each edge has <c>weight</c> = sentences mentioning both ends and a <c>documents</c> attribute.
/// </summary>
public sealed class GexfExporter : IGraphExporter
{
    /// <summary>The GEXF 1.2 namespace.</summary>
    public const string Namespace = "http://www.gexf.net/1.2draft";

    /// <summary>The GEXF 1.2 visualization namespace.</summary>
    public const string VizNamespace = "http://www.gexf.net/1.2draft/viz";

    /// <inheritdoc />
    public string FormatName => "GEXF";

    /// <inheritdoc />
    public string FileExtension => ".gexf";

    /// <inheritdoc />
    public void Export(EntityGraphSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        using var xml = XmlExport.CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Entities");
        xml.WriteElementString("description", Namespace, "Named entities and their co-occurrences");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("mode", "static");
        WriteAttributes(xml, "node", ("type", "string"), ("aliases", "string"), ("mentions", "integer"), ("documents", "integer"), ("tableAliases", "string"), ("description", "string"));
        WriteAttributes(xml, "edge", ("documents", "integer"), ("kind", "string"));
        var descriptions = snapshot.Descriptions();

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in snapshot.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", XmlExport.Clean(node.CanonicalName));
            string tableAliases = XmlExport.TableAliasList(node);
            WriteValues(xml, ("type", node.Label.ToCode()), ("aliases", XmlExport.AliasList(node)),
                ("mentions", XmlExport.Number(node.MentionCount)), ("documents", XmlExport.Number(node.DocumentCount)),
                ("tableAliases", tableAliases), ("description", descriptions.TryGetValue(node.Id, out string? description) ? XmlExport.Clean(description) : ""));
            var (red, green, blue) = EntityColours.Rgb(node.Label);
            xml.WriteStartElement("viz", "color", VizNamespace);
            xml.WriteAttributeString("r", XmlExport.Number(red));
            xml.WriteAttributeString("g", XmlExport.Number(green));
            xml.WriteAttributeString("b", XmlExport.Number(blue));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        int index = 0;
        foreach (var edge in snapshot.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlExport.Number(index++));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("weight", XmlExport.Number(edge.SentenceCount));
            WriteValues(xml, ("documents", XmlExport.Number(edge.DocumentCount)), ("kind", "cooccurrence"));
            xml.WriteEndElement();
        }

        foreach (var role in snapshot.Roles.Where(r => r.Target is not null))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlExport.Number(index++));
            xml.WriteAttributeString("source", role.Person);
            xml.WriteAttributeString("target", role.Target!);
            xml.WriteAttributeString("type", "directed");
            xml.WriteAttributeString("label", XmlExport.Clean(role.Role));
            xml.WriteAttributeString("weight", XmlExport.Number(role.Count));
            WriteValues(xml, ("documents", XmlExport.Number(role.Documents.Count)), ("kind", "role"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteAttributes(XmlWriter xml, string domain, params (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, params (string For, string Value)[] values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (key, value) in values)
        {
            if (key is "tableAliases" or "description" && value.Length == 0) continue; // only on nodes that have such values
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
