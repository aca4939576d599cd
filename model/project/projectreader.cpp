#include "projectreader.h"

#include "asl/aslvalidator.h"
#include "asl/jsonpositionindex.h"
#include "jsontext.h"
#include "projectwriter.h"
#include "transitions.h"
#include "workflowids.h"

#include <QSet>

namespace stepwise {

namespace {

using P = JsonPositionIndex;

// Thrown inside the reader only, caught at its API: the first problem ends the read.
struct Problem
{
    std::string pointer;
    QString message;
};

[[noreturn]] void fail(const std::string &pointer, const QString &message)
{
    throw Problem{pointer, message};
}

class Decoder
{
public:
    const OrderedJson &field(const OrderedJson &obj, const std::string &ptr, const char *key,
                             OrderedJson::value_t type)
    {
        const auto it = obj.find(key);
        if (it == obj.end())
            fail(ptr, ProjectReader::tr("Missing field \"%1\".").arg(QLatin1String(key)));
        const bool ok = it->type() == type ||
                        (type == OrderedJson::value_t::number_unsigned && it->is_number_integer() &&
                         it->get<long long>() >= 0) ||
                        (type == OrderedJson::value_t::number_float && it->is_number());
        if (!ok)
            fail(P::appendToken(ptr, key),
                 ProjectReader::tr("Field \"%1\" has the wrong type.").arg(QLatin1String(key)));
        return *it;
    }
    QString text(const OrderedJson &obj, const std::string &ptr, const char *key)
    {
        return QString::fromStdString(
            field(obj, ptr, key, OrderedJson::value_t::string).get<std::string>());
    }
    QString optText(const OrderedJson &obj, const std::string &ptr, const char *key)
    {
        return obj.contains(key) ? text(obj, ptr, key) : QString();
    }
    Id id(const OrderedJson &obj, const std::string &ptr, const char *key)
    {
        return field(obj, ptr, key, OrderedJson::value_t::number_unsigned).get<Id>();
    }
    bool flag(const OrderedJson &obj, const std::string &ptr, const char *key, bool fallback)
    {
        return obj.contains(key) ? field(obj, ptr, key, OrderedJson::value_t::boolean).get<bool>()
                                 : fallback;
    }
    const OrderedJson &list(const OrderedJson &obj, const std::string &ptr, const char *key)
    {
        return field(obj, ptr, key, OrderedJson::value_t::array);
    }
    void object(const OrderedJson &v, const std::string &ptr)
    {
        if (!v.is_object())
            fail(ptr, ProjectReader::tr("An object is expected here."));
    }

    std::vector<Statement> statements(const OrderedJson &arr, const std::string &ptr)
    {
        static const std::pair<const char *, Statement::Kind> kinds[] = {
            {"lane", Statement::Kind::Lane},       {"node", Statement::Kind::Node},
            {"edge", Statement::Kind::Edge},       {"loop", Statement::Kind::Loop},
            {"comment", Statement::Kind::Comment}, {"blank", Statement::Kind::Blank},
            {"raw", Statement::Kind::Raw}};
        std::vector<Statement> out;
        for (size_t i = 0; i < arr.size(); ++i) {
            const std::string p = P::appendToken(ptr, std::to_string(i));
            object(arr[i], p);
            Statement st;
            const std::string kind = text(arr[i], p, "kind").toStdString();
            bool known = false;
            for (const auto &[name, k] : kinds)
                if (kind == name) {
                    st.kind = k;
                    known = true;
                }
            if (!known)
                fail(P::appendToken(p, "kind"), ProjectReader::tr("Unknown statement kind \"%1\".")
                                                    .arg(QString::fromStdString(kind)));
            if (arr[i].contains("ref"))
                st.ref = id(arr[i], p, "ref");
            st.text = optText(arr[i], p, "text");
            m_refs.push_back({st, p});
            out.push_back(st);
        }
        return out;
    }

    WorkflowData machine(const OrderedJson &m, const std::string &ptr)
    {
        object(m, ptr);
        Decoder inner;
        WorkflowData doc = inner.decode(m, ptr);
        return doc;
    }

    WorkflowData decode(const OrderedJson &m, const std::string &ptr)
    {
        WorkflowData doc;
        doc.nextId = id(m, ptr, "nextId");
        const OrderedJson &lanes = list(m, ptr, "lanes");
        for (size_t i = 0; i < lanes.size(); ++i) {
            const std::string p = P::appendToken(P::appendToken(ptr, "lanes"), std::to_string(i));
            object(lanes[i], p);
            Lane l;
            l.id = entityId(lanes[i], p);
            l.key = text(lanes[i], p, "key");
            l.title = text(lanes[i], p, "title");
            l.headerSource = optText(lanes[i], p, "headerSource");
            l.closeSource = optText(lanes[i], p, "closeSource");
            l.body = statements(list(lanes[i], p, "body"), P::appendToken(p, "body"));
            m_lanes.insert(l.id);
            doc.lanes.push_back(std::move(l));
        }
        const OrderedJson &nodes = list(m, ptr, "nodes");
        for (size_t i = 0; i < nodes.size(); ++i)
            doc.nodes.push_back(
                node(nodes[i], P::appendToken(P::appendToken(ptr, "nodes"), std::to_string(i))));
        const OrderedJson &edges = list(m, ptr, "edges");
        for (size_t i = 0; i < edges.size(); ++i)
            doc.edges.push_back(
                edge(edges[i], P::appendToken(P::appendToken(ptr, "edges"), std::to_string(i))));
        const OrderedJson &loops = list(m, ptr, "loops");
        for (size_t i = 0; i < loops.size(); ++i) {
            const std::string p = P::appendToken(P::appendToken(ptr, "loops"), std::to_string(i));
            object(loops[i], p);
            Loop l;
            l.id = entityId(loops[i], p);
            l.condition = text(loops[i], p, "condition");
            const OrderedJson &ids = list(loops[i], p, "nodes");
            for (size_t k = 0; k < ids.size(); ++k) {
                const std::string np =
                    P::appendToken(P::appendToken(p, "nodes"), std::to_string(k));
                if (!ids[k].is_number_unsigned() || !m_nodes.contains(ids[k].get<Id>()))
                    fail(np, ProjectReader::tr("The loop names a node that does not exist."));
                l.nodes.append(ids[k].get<Id>());
            }
            l.source = optText(loops[i], p, "source");
            m_loops.insert(l.id);
            doc.loops.push_back(std::move(l));
        }
        doc.topLevel = statements(list(m, ptr, "topLevel"), P::appendToken(ptr, "topLevel"));
        if (m.contains("fz")) {
            const std::string p = P::appendToken(ptr, "fz");
            const OrderedJson &fz = field(m, ptr, "fz", OrderedJson::value_t::object);
            doc.fz.bom = flag(fz, p, "bom", false);
            doc.fz.eol = fz.contains("eol") ? text(fz, p, "eol") : QStringLiteral("\n");
            doc.fz.indent = optText(fz, p, "indent");
            doc.fz.finalNewline = flag(fz, p, "finalNewline", true);
        }
        if (m.contains("aslTop"))
            doc.aslTop = field(m, ptr, "aslTop", OrderedJson::value_t::object);
        if (m.contains("savedInputs"))
            doc.savedInputs = field(m, ptr, "savedInputs", OrderedJson::value_t::object);
        if (m.contains("breakpoints"))
            doc.breakpoints =
                breakpoints(list(m, ptr, "breakpoints"), P::appendToken(ptr, "breakpoints"));
        checkRefs(doc);
        return doc;
    }

private:
    // Each breakpoint is a path: state keys (strings) with a branch index after each container.
    const OrderedJson &breakpoints(const OrderedJson &list, const std::string &ptr)
    {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const OrderedJson &path = list[i];
            bool ok = path.is_array() && !path.empty() && path.size() % 2 == 1;
            for (std::size_t k = 0; ok && k < path.size(); ++k)
                ok = k % 2 == 0 ? path[k].is_string() : path[k].is_number_unsigned();
            if (!ok)
                fail(P::appendToken(ptr, std::to_string(i)),
                     ProjectReader::tr("A breakpoint is a state's path: [\"Parallel\", 0, "
                                       "\"State\"] or [\"State\"]."));
        }
        return list;
    }
    Id entityId(const OrderedJson &obj, const std::string &p)
    {
        const Id v = id(obj, p, "id");
        if (v == NoId || m_ids.contains(v))
            fail(P::appendToken(p, "id"),
                 ProjectReader::tr("The id %1 is zero or used twice.").arg(v));
        m_ids.insert(v);
        m_maxId = std::max(m_maxId, v);
        return v;
    }

    Node node(const OrderedJson &j, const std::string &p)
    {
        object(j, p);
        Node n;
        n.id = entityId(j, p);
        n.lane = id(j, p, "lane");
        if (!m_lanes.contains(n.lane))
            fail(P::appendToken(p, "lane"), ProjectReader::tr("The node's lane does not exist."));
        n.fzId = text(j, p, "fzId");
        const auto shape = shapeFromName(text(j, p, "shape"));
        if (!shape)
            fail(P::appendToken(p, "shape"), ProjectReader::tr("Unknown shape."));
        n.shape = *shape;
        n.label = text(j, p, "label");
        n.hasLabel = flag(j, p, "hasLabel", true);
        n.owner = optText(j, p, "owner");
        n.description = optText(j, p, "description");
        n.system = optText(j, p, "system");
        if (j.contains("position")) {
            const OrderedJson &pos = list(j, p, "position");
            if (pos.size() != 2 || !pos[0].is_number() || !pos[1].is_number())
                fail(P::appendToken(p, "position"), ProjectReader::tr("A position is [x, y]."));
            n.position = QPointF(pos[0].get<double>(), pos[1].get<double>());
        }
        n.collapsed = flag(j, p, "collapsed", false);
        n.source = optText(j, p, "source");
        if (j.contains("asl")) {
            const std::string ap = P::appendToken(p, "asl");
            const OrderedJson &asl = field(j, p, "asl", OrderedJson::value_t::object);
            n.asl.name = text(asl, ap, "name");
            n.asl.type = text(asl, ap, "type");
            n.asl.fields = field(asl, ap, "fields", OrderedJson::value_t::object);
        }
        if (j.contains("subMachines")) {
            const OrderedJson &subs = list(j, p, "subMachines");
            for (size_t i = 0; i < subs.size(); ++i)
                n.subMachines.push_back(machine(
                    subs[i], P::appendToken(P::appendToken(p, "subMachines"), std::to_string(i))));
        }
        m_nodes.insert(n.id);
        return n;
    }

    Edge edge(const OrderedJson &j, const std::string &p)
    {
        object(j, p);
        Edge e;
        e.id = entityId(j, p);
        e.from = id(j, p, "from");
        e.to = id(j, p, "to");
        for (const char *end : {"from", "to"})
            if (!m_nodes.contains(id(j, p, end)))
                fail(P::appendToken(p, end),
                     ProjectReader::tr("The edge names a node that does not exist."));
        for (auto [key, side] :
             {std::pair{"fromSide", &e.fromSide}, std::pair{"toSide", &e.toSide}}) {
            const auto s = sideFromName(text(j, p, key));
            if (!s)
                fail(P::appendToken(p, key), ProjectReader::tr("Unknown handle side."));
            *side = *s;
        }
        e.label = text(j, p, "label");
        e.hasLabel = flag(j, p, "hasLabel", !e.label.isEmpty());
        if (j.contains("meaning")) {
            const auto meaning = EdgeMeaning::fromString(text(j, p, "meaning"));
            if (!meaning)
                fail(P::appendToken(p, "meaning"), ProjectReader::tr("Unknown edge meaning."));
            e.meaning = *meaning;
        }
        e.source = optText(j, p, "source");
        m_edges.insert(e.id);
        return e;
    }

    void checkRefs(WorkflowData &doc)
    {
        for (const auto &[st, p] : m_refs) {
            const QSet<Id> *set = nullptr;
            switch (st.kind) {
            case Statement::Kind::Lane:
                set = &m_lanes;
                break;
            case Statement::Kind::Node:
                set = &m_nodes;
                break;
            case Statement::Kind::Edge:
                set = &m_edges;
                break;
            case Statement::Kind::Loop:
                set = &m_loops;
                break;
            default:
                break;
            }
            if (set && !set->contains(st.ref))
                fail(p, ProjectReader::tr("The statement names an entity that does not exist."));
        }
        // An id allocated after loading must never collide with one in the file.
        doc.nextId = std::max(doc.nextId, m_maxId + 1);
    }

    QSet<Id> m_ids, m_lanes, m_nodes, m_edges, m_loops;
    Id m_maxId = 0;
    std::vector<std::pair<Statement, std::string>> m_refs;
};

} // namespace

ProjectReader::Result ProjectReader::read(const QByteArray &bytes)
{
    Result r;
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    OrderedJson root;
    const json_text::Result parsed = json_text::parse(text, root);
    if (!parsed.ok) {
        r.diagnostics.append(makeError(
            parsed.line, parsed.column,
            tr("Invalid JSON in the project file: %1").arg(QString::fromStdString(parsed.error)),
            QStringLiteral("PROJECT_JSON_SYNTAX")));
        return r;
    }
    try {
        if (!root.is_object() || root.value("format", OrderedJson()) != "stepwise")
            fail(root.is_object() && root.contains("format") ? "/format" : "",
                 tr("This is not a Stepwise project file (\"format\": \"stepwise\" is missing)."));
        const OrderedJson &version = root.value("version", OrderedJson());
        if (!version.is_number_integer())
            fail(root.contains("version") ? "/version" : "",
                 tr("The project file has no version."));
        if (version.get<long long>() > ProjectWriter::version)
            fail("/version", tr("The project was saved by a newer Stepwise (file version %1); this "
                                "version reads files up to version %2.")
                                 .arg(version.get<long long>())
                                 .arg(ProjectWriter::version));
        if (version.get<long long>() < 1)
            fail("/version", tr("Unknown project file version %1.").arg(version.get<long long>()));
        if (AslValidator::depth(root) > 4 * AslValidator::maxDepth)
            fail("", tr("The project file is nested too deeply."));
        if (!root.contains("document"))
            fail("", tr("The project file has no document."));
        Decoder d;
        r.document = d.machine(root["document"], "/document");
        // Version 1 numbered nested machines from 1 and kept no edge meanings.
        WorkflowIds::unify(*r.document);
        Transitions::deriveMissingMeanings(*r.document);
    } catch (const Problem &problem) {
        const auto place = P::fromJsonText(text).find(problem.pointer);
        Diagnostic diag =
            makeError(place.line, place.column, problem.message, QStringLiteral("PROJECT_INVALID"));
        diag.pointer = QString::fromStdString(problem.pointer);
        r.diagnostics.append(diag);
        r.document.reset();
    } catch (const OrderedJson::exception &e) {
        // The decoder checks every field's type first; this is the net under a check it lacks.
        r.diagnostics.append(makeError(
            1, 1, tr("The project file cannot be read: %1").arg(QString::fromUtf8(e.what())),
            QStringLiteral("PROJECT_INVALID")));
        r.document.reset();
    }
    return r;
}

} // namespace stepwise
