#include "aslwriter.h"

#include "convert/fztoasl.h"
#include "yamljson.h"

#include <unordered_set>

namespace stepwise {

namespace {

OrderedJson machineJson(const WorkflowData &doc);

OrderedJson stateJson(const Node &n)
{
    OrderedJson f = n.asl.fields.is_object() ? n.asl.fields : OrderedJson::object();
    const std::string type = n.asl.type.toStdString();
    if (!f.contains("Type") || f["Type"] != type)
        f["Type"] = type;
    if (n.subMachines.empty())
        return f;
    if (n.asl.type == QLatin1String("Parallel")) {
        if (!f.contains("Branches") || f["Branches"].is_null()) {
            OrderedJson branches = OrderedJson::array();
            for (const WorkflowData &b : n.subMachines)
                branches.push_back(machineJson(b));
            f["Branches"] = std::move(branches);
        }
    } else if (n.asl.type == QLatin1String("Map")) {
        const char *key =
            f.contains("Iterator") && f["Iterator"].is_null() ? "Iterator" : "ItemProcessor";
        if (!f.contains(key) || f[key].is_null())
            f[key] = machineJson(n.subMachines.front());
    }
    return f;
}

OrderedJson machineJson(const WorkflowData &doc)
{
    // ordered_json finds keys by a linear scan, so thousands of states are appended directly;
    // a repeated name (only an editing slip can make one) keeps the last state, as [] would.
    OrderedJson states = OrderedJson::object();
    auto &members = states.get_ref<OrderedJson::object_t &>();
    std::unordered_set<std::string> seen;
    for (const Node &n : doc.nodes) {
        if (n.asl.type.isEmpty())
            continue;
        std::string name = n.asl.name.toStdString();
        if (seen.insert(name).second)
            members.emplace_back(std::move(name), stateJson(n));
        else
            states[name] = stateJson(n);
    }
    OrderedJson out = OrderedJson::object();
    if (!doc.aslTop.contains("StartAt") && !states.empty())
        out["StartAt"] = states.begin().key();
    for (auto it = doc.aslTop.begin(); it != doc.aslTop.end(); ++it) {
        if (it.key() == "States")
            out["States"] = std::move(states);
        else
            out[it.key()] = it.value();
    }
    if (!doc.aslTop.contains("States"))
        out["States"] = std::move(states);
    return out;
}

void noteLosses(const WorkflowData &doc, Diagnostics &warnings)
{
    int positions = 0, dropped = 0;
    for (const Node &n : doc.nodes) {
        if (n.position)
            ++positions;
        const bool marker = n.shape == Shape::Circle && n.asl.type.isEmpty();
        if (n.asl.type.isEmpty() && !marker)
            ++dropped;
    }
    if (positions)
        warnings.append(makeWarning(0, 0,
                                    AslWriter::tr("ASL keeps no positions: %n node(s) placed "
                                                  "by hand will be laid out again.",
                                                  "", positions),
                                    QStringLiteral("ASL_LOST_POSITIONS")));
    if (dropped)
        warnings.append(makeWarning(0, 0,
                                    AslWriter::tr("%n node(s) without an ASL state are not "
                                                  "written.",
                                                  "", dropped),
                                    QStringLiteral("ASL_LOST_NODES")));
    if (!doc.loops.empty())
        warnings.append(makeWarning(0, 0,
                                    AslWriter::tr("ASL has no loop annotations: %n loop(s) "
                                                  "are not kept.",
                                                  "", int(doc.loops.size())),
                                    QStringLiteral("ASL_LOST_LOOPS")));
}

} // namespace

bool AslWriter::hasAslStates(const WorkflowData &doc)
{
    for (const Node &n : doc.nodes)
        if (!n.asl.type.isEmpty())
            return true;
    return false;
}

OrderedJson AslWriter::toJson(const WorkflowData &doc, Diagnostics *warnings)
{
    Diagnostics local;
    Diagnostics &w = warnings ? *warnings : local;
    if (!hasAslStates(doc))
        return FzToAsl::generate(doc, w);
    noteLosses(doc, w);
    return machineJson(doc);
}

AslWriter::Result AslWriter::writeJson(const WorkflowData &doc)
{
    Result r;
    const OrderedJson def = toJson(doc, &r.diagnostics);
    std::string text = def.dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text += '\n';
    r.bytes = QByteArray::fromStdString(text);
    r.ok = true;
    return r;
}

AslWriter::Result AslWriter::writeYaml(const WorkflowData &doc)
{
    Result r;
    const OrderedJson def = toJson(doc, &r.diagnostics);
    r.bytes = QByteArray::fromStdString(YamlJson::dump(def));
    r.ok = true;
    return r;
}

} // namespace stepwise
