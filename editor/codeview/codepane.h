#pragma once

#include "codeeditor.h"
#include "documentio.h"
#include "statetextmap.h"

#include <QWidget>

class QListWidget;
class QLabel;
class QTimer;
class QUndoStack;

namespace stepwise {

class SelectionModel;
class Workflow;

/// One tab of the code view: the document written in one language, editable. A pause in typing
/// (or Ctrl+Enter) reads the text back; valid text replaces the document as one undo step,
/// invalid text is underlined and listed at line:col and changes nothing. The text of the
/// selected state is highlighted, and moving the cursor into a state's text selects it.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    CodePane(DocumentIo::Format format, Workflow *doc, QUndoStack *undo, SelectionModel *selection,
             QWidget *parent = nullptr);

    DocumentIo::Format format() const { return m_format; }
    CodeEditor *editor() const { return m_editor; }
    QListWidget *messages() const { return m_messages; }
    /// True while the text holds edits not yet applied (pending or refused).
    bool isDirty() const { return m_dirty; }
    /// How long typing must pause before the text is applied.
    void setDebounce(int milliseconds);
    /// Reads the text and applies it when valid; returns whether the document now matches it.
    bool applyText();
    /// Shows the document's text again, giving up unapplied edits.
    void revert();
    /// Brings the text up to date if the document changed while the tab was hidden.
    void setActive(bool active);

private:
    void onDocumentChanged();
    void onUserEdit();
    void regenerate();
    void showDiagnostics(const Diagnostics &diags);
    void followSelection();
    void onCursorMoved();
    const StateTextMap &textMap();

    DocumentIo::Format m_format;
    Workflow *m_doc;
    QUndoStack *m_undo;
    SelectionModel *m_selection;
    CodeEditor *m_editor;
    QListWidget *m_messages;
    QLabel *m_status;
    QTimer *m_debounce;
    QTimer *m_refresh;
    bool m_dirty = false;
    bool m_stale = true;
    bool m_active = false;
    bool m_applying = false;
    bool m_programmatic = false;
    StateTextMap m_map;
    int m_mapRevision = -1;
};

} // namespace stepwise
