#include "projectwriter.h"

namespace stepwise {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

std::string kindName(Statement::Kind kind)
{
    switch (kind) {
    case Statement::Kind::Lane:
        return "lane";
    case Statement::Kind::Node:
        return "node";
    case Statement::Kind::Edge:
        return "edge";
    case Statement::Kind::Loop:
        return "loop";
    case Statement::Kind::Comment:
        return "comment";
    case Statement::Kind::Blank:
        return "blank";
    case Statement::Kind::Raw:
        return "raw";
    }
    return "raw";
}

OrderedJson statements(const std::vector<Statement> &list)
{
    OrderedJson out = OrderedJson::array();
    for (const Statement &st : list) {
        OrderedJson j = OrderedJson::object();
        j["kind"] = kindName(st.kind);
        if (st.ref != NoId)
            j["ref"] = st.ref;
        if (!st.text.isEmpty())
            j["text"] = s(st.text);
        out.push_back(std::move(j));
    }
    return out;
}

OrderedJson machine(const WorkflowData &doc)
{
    OrderedJson out = OrderedJson::object();
    out["nextId"] = doc.nextId;
    OrderedJson lanes = OrderedJson::array();
    for (const Lane &l : doc.lanes)
        lanes.push_back(OrderedJson{{"id", l.id},
                                    {"key", s(l.key)},
                                    {"title", s(l.title)},
                                    {"headerSource", s(l.headerSource)},
                                    {"closeSource", s(l.closeSource)},
                                    {"body", statements(l.body)}});
    out["lanes"] = std::move(lanes);
    OrderedJson nodes = OrderedJson::array();
    for (const Node &n : doc.nodes) {
        OrderedJson j = OrderedJson::object();
        j["id"] = n.id;
        j["lane"] = n.lane;
        j["fzId"] = s(n.fzId);
        j["shape"] = s(shapeName(n.shape));
        j["label"] = s(n.label);
        j["hasLabel"] = n.hasLabel;
        j["owner"] = s(n.owner);
        j["description"] = s(n.description);
        j["system"] = s(n.system);
        if (n.position)
            j["position"] = OrderedJson::array({n.position->x(), n.position->y()});
        if (n.collapsed)
            j["collapsed"] = true; // written only when set: older files read the same
        j["source"] = s(n.source);
        if (!n.asl.isEmpty())
            j["asl"] = OrderedJson{
                {"name", s(n.asl.name)}, {"type", s(n.asl.type)}, {"fields", n.asl.fields}};
        if (!n.subMachines.empty()) {
            OrderedJson subs = OrderedJson::array();
            for (const WorkflowData &m : n.subMachines)
                subs.push_back(machine(m));
            j["subMachines"] = std::move(subs);
        }
        nodes.push_back(std::move(j));
    }
    out["nodes"] = std::move(nodes);
    OrderedJson edges = OrderedJson::array();
    for (const Edge &e : doc.edges) {
        OrderedJson j = OrderedJson{{"id", e.id},
                                    {"from", e.from},
                                    {"to", e.to},
                                    {"fromSide", s(sideName(e.fromSide))},
                                    {"toSide", s(sideName(e.toSide))},
                                    {"label", s(e.label)},
                                    {"hasLabel", e.hasLabel}};
        // Older readers ignore the field and derive the meaning again.
        if (!e.meaning.isPlain())
            j["meaning"] = s(e.meaning.toString());
        j["source"] = s(e.source);
        edges.push_back(std::move(j));
    }
    out["edges"] = std::move(edges);
    OrderedJson loops = OrderedJson::array();
    for (const Loop &l : doc.loops) {
        OrderedJson ids = OrderedJson::array();
        for (Id id : l.nodes)
            ids.push_back(id);
        loops.push_back(OrderedJson{{"id", l.id},
                                    {"condition", s(l.condition)},
                                    {"nodes", std::move(ids)},
                                    {"source", s(l.source)}});
    }
    out["loops"] = std::move(loops);
    out["topLevel"] = statements(doc.topLevel);
    out["fz"] = OrderedJson{{"bom", doc.fz.bom},
                            {"eol", s(doc.fz.eol)},
                            {"indent", s(doc.fz.indent)},
                            {"finalNewline", doc.fz.finalNewline}};
    out["aslTop"] = doc.aslTop;
    if (!doc.savedInputs.empty())
        out["savedInputs"] = doc.savedInputs;
    if (!doc.breakpoints.empty())
        out["breakpoints"] = doc.breakpoints;
    return out;
}

} // namespace

OrderedJson ProjectWriter::toJson(const WorkflowData &doc)
{
    OrderedJson out = OrderedJson::object();
    out["format"] = "stepwise";
    out["version"] = version;
    out["document"] = machine(doc);
    return out;
}

QByteArray ProjectWriter::write(const WorkflowData &doc)
{
    std::string text = toJson(doc).dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

} // namespace stepwise
