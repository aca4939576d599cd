#pragma once

#include "aslreader.h"
#include "aslwriter.h"

#include <QCoreApplication>

namespace stepwise {

/// An AWS SAM template (YAML) that deploys the document's state machine with `sam deploy`:
/// one `AWS::Serverless::StateMachine` resource with the definition inline, and every
/// `${Name}` placeholder of the definition turned into a template parameter passed through
/// `DefinitionSubstitutions`. Reading takes the definition back out of such a template.
class SamWriter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::SamWriter)
public:
    static AslWriter::Result write(const WorkflowData &doc);
    static AslReader::Result readDefinition(const QByteArray &bytes);
    /// The placeholder names (`${Name}`, Name alphanumeric) in the definition, sorted.
    static QStringList placeholders(const OrderedJson &definition);
    static constexpr const char *resourceName = "StateMachine";
};

} // namespace stepwise
