#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace stepwise {

/// `stepwise render IN OUT.png|svg|pdf [--scale N] [--transparent] [--theme light|dark]`:
/// draws a workflow as the window would and writes the picture, with no window. It needs a
/// QGuiApplication (main() starts one on the offscreen platform). On any failure OUT is left
/// as it was.
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::RenderCommand)
public:
    /// `args` excludes the program name and the word `render`. Returns 0 when written, 1 for
    /// unreadable input or an unwritable output, 2 for wrong usage.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();

private:
    static int usageError(const QString &message, QTextStream &err);
};

} // namespace stepwise
