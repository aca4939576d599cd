#include "codeview.h"

#include "codepane.h"

namespace stepwise {

CodeView::CodeView(Workflow *doc, QUndoStack *undo, SelectionModel *selection, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("codeView"));
    m_panes[0] = new CodePane(DocumentIo::Format::FlowZap, doc, undo, selection, this);
    m_panes[1] = new CodePane(DocumentIo::Format::AslJson, doc, undo, selection, this);
    m_panes[2] = new CodePane(DocumentIo::Format::AslYaml, doc, undo, selection, this);
    addTab(m_panes[0], tr("FlowZap Code"));
    addTab(m_panes[1], tr("ASL (JSON)"));
    addTab(m_panes[2], tr("ASL (YAML)"));
    // Only the tab in view is kept written; the others catch up when shown.
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        for (int i = 0; i < 3; ++i)
            m_panes[i]->setActive(i == index);
    });
    m_panes[0]->setActive(true);
}

} // namespace stepwise
