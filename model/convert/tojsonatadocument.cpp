// The menu command's side of the JSONata converter: the same state rewriting as `stepwise
// convert --to-jsonata`, applied to the document's nodes in place, so that lanes, positions,
// labels and ids survive (a round trip through ASL text would lose the diagram).

#include "tojsonata.h"

namespace stepwise {

namespace {

// Whether the node's state is JSONata: its own QueryLanguage, else the one it inherits.
bool isJsonata(const Node &n, bool inherited)
{
    const auto it = n.asl.fields.find("QueryLanguage");
    if (it != n.asl.fields.end() && it->is_string())
        return *it == "JSONata";
    return inherited;
}

// The object with `key: value` first and the other members after it, in their order.
OrderedJson withFirst(const OrderedJson &object, const char *key, const OrderedJson &value)
{
    OrderedJson out = OrderedJson::object();
    out[key] = value;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() != key)
            out[it.key()] = it.value();
    return out;
}

void convertMachine(WorkflowData &machine, bool inherited, ToJsonata::DocumentResult &r);

// Rewrites one node's own fields; its nested machines follow only when it converted (a state
// pinned to JSONPath keeps its branches JSONPath too, as they inherit from it).
bool convertNode(Node &n, bool inherited, bool pinOnFailure, ToJsonata::DocumentResult &r)
{
    if (n.asl.type.isEmpty())
        return true; // a FlowZap-only node
    if (isJsonata(n, inherited)) {
        for (WorkflowData &sub : n.subMachines)
            convertMachine(sub, true, r); // a branch may still pin a state to JSONPath
        return true;
    }
    OrderedJson out;
    std::string why;
    if (!ToJsonata::state(n.asl.fields, out, why)) {
        r.notes << QStringLiteral("%1: %2").arg(n.asl.name, QString::fromStdString(why));
        if (pinOnFailure) {
            n.asl.fields = withFirst(n.asl.fields, "QueryLanguage", "JSONPath");
            n.source.clear();
        }
        return false;
    }
    n.asl.fields = std::move(out);
    n.source.clear(); // the node's statement as read no longer says what it holds
    ++r.converted;
    // The nested states were written in the JSONPath this state had: they convert too (and
    // from now on inherit JSONata from it or from the top).
    for (WorkflowData &sub : n.subMachines)
        convertMachine(sub, false, r);
    return true;
}

void convertMachine(WorkflowData &machine, bool inherited, ToJsonata::DocumentResult &r)
{
    for (Node &n : machine.nodes)
        convertNode(n, inherited, true, r);
}

// The node with `id` at any depth of `machine`, and the language it inherits there.
Node *findNode(WorkflowData &machine, Id id, bool inherited, bool &inheritedThere)
{
    if (Node *n = machine.node(id)) {
        inheritedThere = inherited;
        return n;
    }
    for (Node &n : machine.nodes)
        for (WorkflowData &sub : n.subMachines)
            if (Node *found = findNode(sub, id, isJsonata(n, inherited), inheritedThere))
                return found;
    return nullptr;
}

bool topIsJsonata(const WorkflowData &doc)
{
    return doc.aslTop.value("QueryLanguage", std::string()) == "JSONata";
}

} // namespace

ToJsonata::DocumentResult ToJsonata::document(const WorkflowData &doc)
{
    DocumentResult r{doc, {}, 0};
    const bool wasJsonata = topIsJsonata(doc);
    r.document.aslTop = withFirst(r.document.aslTop, "QueryLanguage", "JSONata");
    convertMachine(r.document, wasJsonata, r);
    return r;
}

ToJsonata::DocumentResult ToJsonata::oneState(const WorkflowData &doc, Id node)
{
    DocumentResult r{doc, {}, 0};
    bool inherited = false;
    Node *n = findNode(r.document, node, topIsJsonata(doc), inherited);
    if (!n || n->asl.type.isEmpty()) {
        r.notes << tr("The selection is not an ASL state.");
        return r;
    }
    if (isJsonata(*n, inherited)) {
        r.notes << tr("%1 is already a JSONata state.").arg(n->asl.name);
        return r;
    }
    if (!convertNode(*n, inherited, false, r)) {
        r.document = doc; // refused: nothing changes
        r.converted = 0;
        return r;
    }
    n->asl.fields = withFirst(n->asl.fields, "QueryLanguage", "JSONata");
    return r;
}

} // namespace stepwise
