#include "codepane.h"

#include "aslcarryover.h"
#include "codehighlighter.h"
#include "commands/editfielddocumentcommand.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stepwise {

CodePane::CodePane(DocumentIo::Format format, Workflow *doc, QUndoStack *undo,
                   SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_format(format), m_doc(doc), m_undo(undo), m_selection(selection),
      m_editor(new CodeEditor), m_messages(new QListWidget), m_status(new QLabel),
      m_debounce(new QTimer(this)), m_refresh(new QTimer(this))
{
    const auto language = format == DocumentIo::Format::FlowZap ? CodeHighlighter::Language::FlowZap
                          : format == DocumentIo::Format::AslYaml ? CodeHighlighter::Language::Yaml
                                                                  : CodeHighlighter::Language::Json;
    m_editor->setLanguage(language);
    m_editor->setObjectName(QStringLiteral("codeEditor"));
    m_messages->setObjectName(QStringLiteral("codeMessages"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(m_messages);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(split);
    l->addWidget(m_status);
    m_messages->hide();
    m_status->setText(tr("Edit the text; it applies when you pause or press Ctrl+Enter."));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(800);
    connect(m_debounce, &QTimer::timeout, this, &CodePane::applyText);
    // Writing the whole document is not free: changes coming in a burst write it once.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(50);
    connect(m_refresh, &QTimer::timeout, this, &CodePane::regenerate);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &CodePane::onUserEdit);
    connect(m_editor, &CodeEditor::applyRequested, this, &CodePane::applyText);
    connect(m_editor, &CodeEditor::revertRequested, this, &CodePane::revert);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &CodePane::onCursorMoved);
    connect(m_messages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        const QTextBlock b = m_editor->document()->findBlockByNumber(qMax(0, line - 1));
        if (b.isValid()) {
            m_editor->setTextCursor(QTextCursor(b));
            m_editor->setFocus();
        }
    });
    connect(selection, &SelectionModel::selectionChanged, this, &CodePane::followSelection);

    connect(doc, &Workflow::documentReset, this, &CodePane::onDocumentChanged);
    connect(doc, &Workflow::documentChanged, this, &CodePane::onDocumentChanged);
    connect(doc, &Workflow::nodeChanged, this, &CodePane::onDocumentChanged);
    connect(doc, &Workflow::edgeChanged, this, &CodePane::onDocumentChanged);
    connect(doc, &Workflow::laneChanged, this, &CodePane::onDocumentChanged);
    connect(doc, &Workflow::loopChanged, this, &CodePane::onDocumentChanged);
    for (auto signal : {&Workflow::nodeAdded, &Workflow::nodeRemoved, &Workflow::edgeAdded,
                        &Workflow::edgeRemoved, &Workflow::laneAdded, &Workflow::laneRemoved,
                        &Workflow::loopAdded, &Workflow::loopRemoved})
        connect(doc, signal, this, &CodePane::onDocumentChanged);
}

void CodePane::setDebounce(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void CodePane::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        regenerate();
}

void CodePane::onDocumentChanged()
{
    if (m_applying)
        return; // the text already says it
    m_stale = true;
    if (m_active)
        m_refresh->start();
}

void CodePane::regenerate()
{
    // Unapplied edits of the user win over a change made elsewhere; Escape gives them up.
    if (m_dirty) {
        m_status->setText(tr("The document changed elsewhere; press Escape to see it here."));
        return;
    }
    const DocumentIo::WriteResult w = DocumentIo::write(m_doc->data(), m_format);
    m_programmatic = true;
    m_editor->replaceText(w.ok ? QString::fromUtf8(w.bytes) : QString());
    m_programmatic = false;
    m_stale = false;
    m_editor->setErrorMarks({});
    if (!w.ok)
        showDiagnostics(w.diagnostics);
    else
        m_messages->hide();
    followSelection();
}

void CodePane::onUserEdit()
{
    if (m_programmatic)
        return;
    m_dirty = true;
    m_debounce->start();
}

bool CodePane::applyText()
{
    m_debounce->stop();
    if (!m_dirty)
        return true;
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    DocumentIo::ReadResult r = DocumentIo::read(bytes, m_format);
    if (!r.document || hasErrors(r.diagnostics)) {
        showDiagnostics(r.diagnostics);
        m_status->setText(tr("Not applied: the text has errors."));
        return false;
    }
    WorkflowData next = std::move(*r.document);
    if (m_format == DocumentIo::Format::FlowZap)
        next = AslCarryOver::apply(std::move(next), m_doc->data());
    // Neither FlowZap Code nor ASL holds the project's own data (saved inputs, breakpoints):
    // applying text keeps the document's, as saving it as a .stepwise would have.
    if (next.savedInputs.empty())
        next.savedInputs = m_doc->data().savedInputs;
    if (next.breakpoints.empty())
        next.breakpoints = m_doc->data().breakpoints;
    m_dirty = false;
    showDiagnostics(r.diagnostics); // warnings only
    // Text that reads as the document already is (spacing, a comment) is no undo step.
    if (DocumentIo::write(next, m_format).bytes !=
        DocumentIo::write(m_doc->data(), m_format).bytes) {
        m_applying = true;
        m_undo->push(
            new EditFieldDocumentCommand(m_doc, std::move(next), DocumentIo::formatName(m_format)));
        m_applying = false;
    }
    m_stale = false;
    m_status->setText(tr("Applied."));
    return true;
}

void CodePane::revert()
{
    m_debounce->stop();
    m_dirty = false;
    regenerate();
    m_status->setText(tr("Showing the document."));
}

void CodePane::showDiagnostics(const Diagnostics &diags)
{
    m_messages->clear();
    QList<CodeEditor::Mark> marks;
    for (const Diagnostic &d : diags) {
        const QString where = d.line > 0 ? tr("%1:%2").arg(d.line).arg(d.column) : QString();
        auto *item = new QListWidgetItem(
            tr("%1 %2 %3").arg(where, d.isError() ? tr("error:") : tr("warning:"), d.message),
            m_messages);
        item->setData(Qt::UserRole, d.line);
        item->setForeground(d.isError() ? QColor(Qt::red) : palette().color(QPalette::Text));
        if (d.isError() && d.line > 0)
            marks.append({d.line, d.column, d.message});
    }
    m_editor->setErrorMarks(marks);
    m_messages->setVisible(!diags.isEmpty());
}

const StateTextMap &CodePane::textMap()
{
    const int revision = m_editor->document()->revision();
    if (revision != m_mapRevision) {
        m_map = StateTextMap::build(m_editor->toPlainText(), m_format, m_doc->data());
        m_mapRevision = revision;
    }
    return m_map;
}

void CodePane::followSelection()
{
    const StateTextMap::Range r = textMap().rangeOf(m_selection->current());
    m_editor->setHighlightedLines(r.first, r.last);
    if (r.first <= 0 || m_editor->hasFocus())
        return;
    const QTextBlock b = m_editor->document()->findBlockByNumber(r.first - 1);
    m_programmatic = true;
    m_editor->setTextCursor(QTextCursor(b));
    m_editor->centerCursor();
    m_programmatic = false;
}

void CodePane::onCursorMoved()
{
    if (m_programmatic || !m_editor->hasFocus())
        return;
    const Id id = textMap().entityAt(m_editor->textCursor().blockNumber() + 1);
    if (id != NoId && id != m_selection->current())
        m_selection->select({id}, id);
}

} // namespace stepwise
