#pragma once

#include "codehighlighter.h"

#include <QPlainTextEdit>

namespace stepwise {

class LineNumberArea;

/// A plain-text editor with a line-number gutter, wavy underlines at error places and a band
/// highlighting the text of the selected state. Ctrl+Enter asks to apply the text now, Escape
/// to give it up and show the document's text again.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    /// Colours the text as `language`, with colours that follow the editor's palette.
    void setLanguage(CodeHighlighter::Language language);
    CodeHighlighter *highlighter() const { return m_highlighter; }

    struct Mark
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based; 0 marks the whole line
        QString message;
    };
    void setErrorMarks(const QList<Mark> &marks);
    const QList<Mark> &errorMarks() const { return m_marks; }
    /// Highlights lines first..last (1-based); 0 clears.
    void setHighlightedLines(int first, int last);
    int highlightedFirstLine() const { return m_highlightFirst; }
    /// Replaces the whole text as a program change (not undoable by the user in the editor),
    /// keeping the cursor's line and column where possible.
    void replaceText(const QString &text);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QWidget *area, QPaintEvent *event);

signals:
    void applyRequested();
    void revertRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QColor errorColour() const;
    void updateExtraSelections();
    void updateGutterWidth();

    LineNumberArea *m_gutter;
    CodeHighlighter *m_highlighter = nullptr;
    QList<Mark> m_marks;
    int m_highlightFirst = 0;
    int m_highlightLast = 0;
};

} // namespace stepwise
