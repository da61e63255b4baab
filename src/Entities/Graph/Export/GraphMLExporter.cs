using System.Xml;

namespace Entities.Graph.Export;

/// <summary>
/// Writes GraphML (<c>http://graphml.graphdrawing.org/xmlns</c>), undirected. Node data: <c>label</c> (entity type code),
/// <c>canonicalName</c>, <c>aliases</c> (<c>"; "</c>-separated, most frequent first), <c>mentionCount</c>, <c>documentCount</c>,
/// and <c>tableAliases</c> when some aliases come only from the alias tables (see <see cref="XmlExport.TableAliasList"/>);
/// <c>description</c> for a person with roles (its most frequent role: <c>présidente (Banque centrale européenne)</c>);
/// edge data: <c>type</c> (<c>cooccurrence</c> or <c>role</c>), <c>weight</c> (sentences mentioning both ends, or how many
/// times a role was said) and <c>documentCount</c>; role edges also <c>role</c> (the role's text), from the person to the
/// organization or place (a role in a country named by an adjective only is in the person's description, not an edge).
/// </summary>
public sealed class GraphMLExporter : IGraphExporter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <inheritdoc />
    public string FormatName => "GraphML";

    /// <inheritdoc />
    public string FileExtension => ".graphml";

    /// <inheritdoc />
    public void Export(EntityGraphSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        using var xml = XmlExport.CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        WriteKey(xml, "label", "node", "label", "string");
        WriteKey(xml, "name", "node", "canonicalName", "string");
        WriteKey(xml, "aliases", "node", "aliases", "string");
        WriteKey(xml, "mentions", "node", "mentionCount", "int");
        WriteKey(xml, "ndocs", "node", "documentCount", "int");
        WriteKey(xml, "taliases", "node", "tableAliases", "string");
        WriteKey(xml, "description", "node", "description", "string");
        WriteKey(xml, "type", "edge", "type", "string");
        WriteKey(xml, "role", "edge", "role", "string");
        WriteKey(xml, "weight", "edge", "weight", "int");
        WriteKey(xml, "edocs", "edge", "documentCount", "int");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "entities");
        xml.WriteAttributeString("edgedefault", "undirected");
        var descriptions = snapshot.Descriptions();
        foreach (var node in snapshot.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, "label", node.Label.ToCode());
            WriteData(xml, "name", XmlExport.Clean(node.CanonicalName));
            WriteData(xml, "aliases", XmlExport.AliasList(node));
            WriteData(xml, "mentions", XmlExport.Number(node.MentionCount));
            WriteData(xml, "ndocs", XmlExport.Number(node.DocumentCount));
            string tableAliases = XmlExport.TableAliasList(node);
            if (tableAliases.Length > 0) WriteData(xml, "taliases", tableAliases);
            if (descriptions.TryGetValue(node.Id, out string? description)) WriteData(xml, "description", XmlExport.Clean(description));
            xml.WriteEndElement();
        }

        int index = 0;
        foreach (var edge in snapshot.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "x" + XmlExport.Number(index++));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            WriteData(xml, "type", "cooccurrence");
            WriteData(xml, "weight", XmlExport.Number(edge.SentenceCount));
            WriteData(xml, "edocs", XmlExport.Number(edge.DocumentCount));
            xml.WriteEndElement();
        }

        foreach (var role in snapshot.Roles.Where(r => r.Target is not null))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "x" + XmlExport.Number(index++));
            xml.WriteAttributeString("source", role.Person);
            xml.WriteAttributeString("target", role.Target!);
            xml.WriteAttributeString("directed", "true");
            WriteData(xml, "type", "role");
            WriteData(xml, "role", XmlExport.Clean(role.Role));
            WriteData(xml, "weight", XmlExport.Number(role.Count));
            WriteData(xml, "edocs", XmlExport.Number(role.Documents.Count));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
