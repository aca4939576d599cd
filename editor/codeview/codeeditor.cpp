#include "codeeditor.h"

#include "linenumberarea.h"

#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QTextBlock>

namespace stepwise {

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new LineNumberArea(this))
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

void CodeEditor::setLanguage(CodeHighlighter::Language language)
{
    delete m_highlighter;
    m_highlighter = new CodeHighlighter(language, document(), palette());
}

QColor CodeEditor::errorColour() const
{
    const QColor base = palette().color(QPalette::Base);
    return CodeHighlighter::readable(QColor(0xd0, 0x30, 0x30), base, base, 4.5);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A theme switch: syntax colours and the selection band are made for the background.
    if (event->type() == QEvent::PaletteChange) {
        if (m_highlighter) {
            // New colours are no edit: the text must not report itself changed.
            const QSignalBlocker quiet(this);
            m_highlighter->setPalette(palette());
        }
        updateExtraSelections();
        viewport()->update();
    }
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 3);
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QWidget *area, QPaintEvent *event)
{
    QPainter p(area);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QSet<int> bad;
    for (const Mark &m : std::as_const(m_marks))
        bad.insert(m.line);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            p.setPen(bad.contains(line) ? errorColour()
                                        : palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, area->width() - 4, fontMetrics().height(), Qt::AlignRight,
                       QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::setErrorMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::setHighlightedLines(int first, int last)
{
    m_highlightFirst = first;
    m_highlightLast = last;
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    if (m_highlightFirst > 0) {
        QTextEdit::ExtraSelection band;
        // An opaque tint the syntax colours were made readable on (see CodeHighlighter).
        band.format.setBackground(CodeHighlighter::bandColour(palette()));
        band.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor from(document()->findBlockByNumber(m_highlightFirst - 1));
        QTextBlock last = document()->findBlockByNumber(m_highlightLast - 1);
        if (!last.isValid())
            last = document()->lastBlock();
        from.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        band.cursor = from;
        all << band;
    }
    for (const Mark &m : std::as_const(m_marks)) {
        QTextBlock block = document()->findBlockByNumber(qMax(0, m.line - 1));
        if (!block.isValid())
            block = document()->lastBlock();
        QTextEdit::ExtraSelection wave;
        wave.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wave.format.setUnderlineColor(errorColour());
        wave.format.setToolTip(m.message);
        QTextCursor c(block);
        if (m.column > 0) {
            c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                           qMin(m.column - 1, qMax(0, block.length() - 2)));
            c.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!c.hasSelection())
                c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        }
        if (!c.hasSelection())
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        wave.cursor = c;
        all << wave;
    }
    setExtraSelections(all);
}

void CodeEditor::replaceText(const QString &text)
{
    const QTextCursor before = textCursor();
    const int line = before.blockNumber();
    const int column = before.positionInBlock();
    const int scroll = verticalScrollBar()->value();
    setPlainText(text);
    QTextBlock block = document()->findBlockByNumber(line);
    if (block.isValid()) {
        QTextCursor c(block);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       qMin(column, block.length() - 1));
        setTextCursor(c);
    }
    verticalScrollBar()->setValue(scroll);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        emit applyRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        emit revertRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace stepwise
