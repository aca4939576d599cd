#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Opens and saves documents in every format the model knows, chosen by file name. Saving goes
/// through QSaveFile, so a failed save leaves the file on disk as it was.
class DocumentIo
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::DocumentIo)
public:
    enum class Format { Unknown, FlowZap, AslJson, AslYaml, Project, SamTemplate };

    /// The largest file opened (the runtime's limits::kMaxFileBytes, the same 16 MiB).
    static constexpr qint64 maxFileBytes = qint64(16) << 20;

    static Format formatForPath(const QString &path);
    static QString formatName(Format format);

    struct ReadResult
    {
        std::optional<WorkflowData> document;
        Diagnostics diagnostics;
    };
    static ReadResult read(const QByteArray &bytes, Format format);
    static ReadResult readFile(const QString &path);

    struct WriteResult
    {
        bool ok = false;
        QByteArray bytes;
        Diagnostics diagnostics; // errors when !ok; warnings name what the format cannot keep
    };
    static WriteResult write(const WorkflowData &doc, Format format);
    static WriteResult writeFile(const QString &path, const WorkflowData &doc,
                                 Format format = Format::Unknown);
};

} // namespace stepwise
