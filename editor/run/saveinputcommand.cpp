#include "saveinputcommand.h"

namespace stepwise {

SaveInputCommand::SaveInputCommand(Workflow *doc, const QString &name, const QString &json,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc)
{
    setText(tr("Save Input %1").arg(name));
    const OrderedJson value = OrderedJson::parse(json.toStdString(), nullptr, false);
    if (!doc || name.trimmed().isEmpty() || value.is_discarded()) {
        setObsolete(true);
        return;
    }
    m_before = doc->data().savedInputs;
    m_after = m_before;
    m_after[name.trimmed().toStdString()] = value;
    setObsolete(m_after == m_before);
}

void SaveInputCommand::redo()
{
    if (m_doc && !isObsolete())
        m_doc->setSavedInputs(m_after);
}

void SaveInputCommand::undo()
{
    if (m_doc && !isObsolete())
        m_doc->setSavedInputs(m_before);
}

} // namespace stepwise
