#include "rendercommand.h"

#include "documentio.h"
#include "export/diagramexporter.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "theme.h"
#include "workflow.h"

#include <QGuiApplication>

namespace stepwise {

QString RenderCommand::usage()
{
    return tr("Usage: stepwise render IN OUT [--scale N] [--transparent] [--theme light|dark]\n"
              "Draws the workflow IN (.fz, .asl.json/.json, .asl.yaml/.yml, .stepwise) as the\n"
              "window shows it and writes OUT; its type follows the name: .png, .svg or .pdf.\n"
              "Needs no display. On failure OUT is left as it was.\n"
              "  --scale N        PNG pixels per diagram pixel, e.g. 2 or 4 (default 1)\n"
              "  --transparent    no background behind the lanes\n"
              "  --theme NAME     light (default) or dark colours\n");
}

int RenderCommand::usageError(const QString &message, QTextStream &err)
{
    err << "stepwise: " << message << '\n'
        << tr("Try 'stepwise render --help' for more information.") << '\n';
    return 2;
}

int RenderCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() &&
        (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        out << usage();
        return 0;
    }
    QStringList files;
    ExportOptions options;
    Theme::Choice theme = Theme::Choice::Light;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--transparent")) {
            options.transparent = true;
        } else if (a == QLatin1String("--scale") || a == QLatin1String("--theme")) {
            if (i + 1 >= args.size())
                return usageError(tr("option '%1' needs a value").arg(a), err);
            const QString value = args[++i];
            if (a == QLatin1String("--scale")) {
                bool ok = false;
                options.scale = value.toDouble(&ok);
                if (!ok || options.scale <= 0 || options.scale > 16)
                    return usageError(
                        tr("--scale takes a number above 0 and up to 16, not '%1'").arg(value),
                        err);
            } else {
                const std::optional<Theme::Choice> t = Theme::fromName(value);
                if (!t || *t == Theme::Choice::System)
                    return usageError(tr("--theme takes light or dark, not '%1'").arg(value), err);
                theme = *t;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return usageError(tr("unknown option '%1'").arg(a), err);
        } else {
            files << a;
        }
    }
    if (files.size() != 2)
        return usageError(tr("render needs an input and an output file"), err);
    const QString &in = files[0], &outPath = files[1];
    if (DiagramExporter::formatForPath(outPath) == DiagramExporter::Format::Unknown) {
        err << "stepwise: " << tr("%1: unknown image type; use .png, .svg or .pdf").arg(outPath)
            << '\n';
        return 1;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << "stepwise: " << tr("render needs a graphics application") << '\n';
        return 1;
    }
    const DocumentIo::ReadResult read = DocumentIo::readFile(in);
    for (Diagnostic d : read.diagnostics) {
        // A readable workflow the validator objects to is still drawn, as the window opens it.
        if (read.document)
            d.severity = Diagnostic::Severity::Warning;
        err << d.format(in) << '\n';
    }
    if (!read.document)
        return 1;
    // The colours are chosen before the scene exists: it takes its background when built.
    DiagramStyle::setPalette(Theme::palette(theme));
    Workflow doc;
    doc.reset(*read.document);
    DiagramExporter::Result written;
    {
        DiagramScene scene(&doc);
        written = DiagramExporter::write(outPath, &scene, options);
    }
    DiagramStyle::setPalette(QGuiApplication::palette());
    if (!written.ok) {
        err << "stepwise: " << written.error << '\n';
        return 1;
    }
    return 0;
}

} // namespace stepwise
