<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ContainerLayout</name>
    <message>
        <location filename="../editor/layout/containerlayout.cpp" line="30"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/layout/containerlayout.cpp" line="35"/>
        <source>↻ for each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/layout/containerlayout.cpp" line="35"/>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise</name>
    <message>
        <location filename="../app/runcommand.cpp" line="36"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="43"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="51"/>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="94"/>
        <source>usage: stepwise run DEF [--input FILE|-] [--mock-config FILE --test-case NAME]
         [--callbacks approve|reject|SCRIPT.json] [--choices first|SCRIPT.json]
         [--history OUT.json] [--max-events N] [--envelope]
DEF is ASL (.asl.json, .json, .asl.yaml), FlowZap Code (.fz) or a .stepwise file.
Prints the output JSON; exit 0 succeeded, 3 failed, 4 timed out or aborted,
1 invalid definition or input, 2 usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="104"/>
        <source>stepwise run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="139"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="143"/>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="145"/>
        <source>%1 needs a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="148"/>
        <source>no definition file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="150"/>
        <source>--mock-config and --test-case go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="189"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="218"/>
        <source>the task &apos;%1&apos; waits for a callback (answer it with --callbacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="227"/>
        <source>the callback script&apos;s answer for &apos;%1&apos; needs &quot;success&quot; or &quot;failure&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="236"/>
        <source>&apos;%1&apos; waits for a choice (make it with --choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="247"/>
        <source>stepwise run: %1; aborting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="256"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="272"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslChoiceRules</name>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="51"/>
        <source>A Choice state needs &quot;Choices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="56"/>
        <source>a non-empty array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="69"/>
        <source>A choice rule must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="75"/>
        <source>A choice rule needs &quot;Next&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="78"/>
        <source>&quot;Next&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="83"/>
        <source>A JSONata choice rule needs a &quot;Condition&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="94"/>
        <source>&quot;%1&quot; must be a non-empty array of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="113"/>
        <source>The choice rule has no comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="114"/>
        <source>The choice rule has more than one comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="121"/>
        <source>A comparison needs a &quot;Variable&quot; path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="140"/>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="152"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="157"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslDiagram</name>
    <message>
        <location filename="../model/asl/asldiagram.cpp" line="89"/>
        <source>State machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/asldiagram.cpp" line="102"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/asldiagram.cpp" line="136"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/asldiagram.cpp" line="168"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslReader</name>
    <message>
        <location filename="../model/asl/aslreader.cpp" line="42"/>
        <source>The definition is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslreader.cpp" line="80"/>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslreader.cpp" line="104"/>
        <source>Invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslStateRules</name>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="119"/>
        <source>The field &quot;%1&quot; is not allowed in a %2 state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="142"/>
        <source>A state has either &quot;Next&quot; or &quot;End&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="145"/>
        <source>The state needs &quot;Next&quot; or &quot;End&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="160"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="174"/>
        <source>&quot;%1&quot; is not allowed in a %2 state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="188"/>
        <source>a path string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="213"/>
        <source>&quot;%1&quot; and &quot;%2&quot; give the same field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="220"/>
        <source>A field ending in &quot;.$&quot; must hold a path string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="234"/>
        <source>an integer of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="239"/>
        <location filename="../model/asl/aslstaterules.cpp" line="279"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="247"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="251"/>
        <source>&quot;JSONPath&quot; or &quot;JSONata&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="265"/>
        <location filename="../model/asl/aslstaterules.cpp" line="270"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="277"/>
        <source>A Task state needs a &quot;Resource&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="298"/>
        <location filename="../model/asl/aslstaterules.cpp" line="334"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="301"/>
        <source>a state machine object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="308"/>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="323"/>
        <source>Exactly one of %1 is required (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="343"/>
        <source>Each entry must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="350"/>
        <source>&quot;ErrorEquals&quot; must be a non-empty array of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="357"/>
        <source>Error names must be strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="360"/>
        <source>&quot;States.ALL&quot; must be alone and in the last entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="366"/>
        <source>A catcher needs &quot;Next&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="370"/>
        <source>&quot;ResultPath&quot; must be a path string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="385"/>
        <source>&quot;%1&quot; must be an integer of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="395"/>
        <source>&quot;BackoffRate&quot; must be a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="399"/>
        <source>&quot;JitterStrategy&quot; must be &quot;FULL&quot; or &quot;NONE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="434"/>
        <source>intrinsic functions are not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="437"/>
        <source>a reference path cannot use filters, wildcards or slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="440"/>
        <source>a result path cannot name a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="443"/>
        <source>syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="448"/>
        <source>Invalid %1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="449"/>
        <source>intrinsic call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="449"/>
        <source>JSONPath</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslToFz</name>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="49"/>
        <source>FlowZap keeps only the diagram: the ASL of %n state(s) (types and fields) is not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="55"/>
        <source>FlowZap has no nested machines: %n Parallel branch(es) or Map processor(s) are not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="61"/>
        <source>FlowZap keeps no execution inputs: %n saved input(s) are not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="70"/>
        <source>FlowZap keeps no positions: %n hand-placed node(s) will be laid out again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="76"/>
        <source>FlowZap labels cannot hold &quot; or line breaks: %n text(s) were changed (&quot; became &apos;).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::AslValidator</name>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="36"/>
        <source>The definition must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="45"/>
        <source>Unknown top-level field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="48"/>
        <source>&quot;Version&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="52"/>
        <source>&quot;TimeoutSeconds&quot; must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="56"/>
        <source>&quot;QueryLanguage&quot; must be &quot;JSONPath&quot; or &quot;JSONata&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="61"/>
        <source>A state named &quot;%1&quot; already exists in this definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="74"/>
        <source>A state machine must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="79"/>
        <source>&quot;Comment&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="83"/>
        <source>The state machine has no &quot;StartAt&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="86"/>
        <source>&quot;StartAt&quot; must be a state name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="89"/>
        <source>The state machine has no &quot;States&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="95"/>
        <source>&quot;States&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="104"/>
        <source>A state name must have 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="114"/>
        <source>The state machine has no terminal state (End, Succeed or Fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="124"/>
        <source>A state must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="128"/>
        <source>The state has no &quot;Type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="133"/>
        <source>&quot;Type&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="141"/>
        <source>Unknown state type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="152"/>
        <source>A Parallel state needs a non-empty &quot;Branches&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="180"/>
        <source>&quot;%1&quot; is not a state of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="208"/>
        <source>&quot;StartAt&quot; names &quot;%1&quot;, which is not a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="234"/>
        <source>No path from &quot;StartAt&quot; reaches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="235"/>
        <source>No transition leads to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::AslWriter</name>
    <message numerus="yes">
        <location filename="../model/asl/aslwriter.cpp" line="80"/>
        <source>ASL keeps no positions: %n node(s) placed by hand will be laid out again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/asl/aslwriter.cpp" line="86"/>
        <source>%n node(s) without an ASL state are not written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/asl/aslwriter.cpp" line="92"/>
        <source>ASL has no loop annotations: %n loop(s) are not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Usage: stepwise [FILE]
       stepwise COMMAND [ARGS...]

Design, check and step through serverless workflows.
With no command, opens FILE (or a built-in template) in the window.

Commands:
  convert IN OUT     convert a workflow; formats follow the file names
                     (.fz, .asl.json, .asl.yaml, .stepwise, .sam.yaml);
                     --sam writes an AWS SAM template
  validate FILE...   check files; prints FILE:LINE:COL: error|warning: MESSAGE
  run DEF [OPTIONS]  execute a definition headless (see stepwise run --help)

Options:
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Exit status: 0 no errors, 1 errors or unreadable input, 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="84"/>
        <source>Try &apos;stepwise --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="91"/>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <source>option &apos;--screenshot&apos; needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <location filename="../app/commandline.cpp" line="114"/>
        <location filename="../app/commandline.cpp" line="136"/>
        <location filename="../app/commandline.cpp" line="181"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="116"/>
        <source>the window opens one file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="117"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="123"/>
        <source>Usage: stepwise convert IN OUT [--sam]
Reads IN and writes OUT; the formats follow the file names.
What OUT&apos;s format cannot keep is reported as warnings.
  --sam   write OUT as an AWS SAM template (YAML) holding the state machine,
          ready for &apos;sam deploy&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="141"/>
        <source>convert needs an input and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>convert takes exactly two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>%1: unknown output file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or .stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="174"/>
        <source>Usage: stepwise validate FILE...
Prints FILE:LINE:COL: error|warning: MESSAGE for every finding.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="185"/>
        <source>validate needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::DocumentIo</name>
    <message>
        <location filename="../model/documentio.cpp" line="37"/>
        <source>FlowZap Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="39"/>
        <source>Amazon States Language (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="41"/>
        <source>Amazon States Language (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="43"/>
        <source>Stepwise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="45"/>
        <source>AWS SAM template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="49"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="85"/>
        <source>Cannot read %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="95"/>
        <source>Unknown file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or .stepwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="102"/>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="145"/>
        <source>Cannot write %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/documentio.cpp" line="162"/>
        <source>Cannot save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::FzParser</name>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="51"/>
        <source>The lane &quot;%1&quot; is never closed: a } is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="105"/>
        <location filename="../model/fz/fzparserstatements.cpp" line="161"/>
        <location filename="../model/fz/fzparserstatements.cpp" line="273"/>
        <source>&quot;%1&quot; is not a node id: node ids are n followed by digits (n1, n2, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="120"/>
        <source>Unknown statement &quot;%1&quot;: expected a lane, a node, an edge, a loop or a // comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="130"/>
        <source>The lane &quot;%1&quot; is not closed: a } is missing before the next lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="137"/>
        <source>&quot;%1&quot; is not a valid lane key: use letters, digits and _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="154"/>
        <location filename="../model/fz/fzparser.cpp" line="196"/>
        <source>The lane &quot;%1&quot; has no title after #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="157"/>
        <source>Expected # and the lane title after {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="164"/>
        <source>The lane key &quot;%1&quot; is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="182"/>
        <source>A line starting with # is a lane title; it belongs right after the lane&apos;s {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="205"/>
        <source>This } closes no lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="221"/>
        <source>The lane &quot;%1&quot; has no title: write %1 { # Title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="266"/>
        <source>Control character U+%1: FlowZap does not allow control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="272"/>
        <source>Emoji U+%1: FlowZap does not allow emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="283"/>
        <source>The label has %1 characters; FlowZap recommends at most 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="61"/>
        <source>There is no lane &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="66"/>
        <source>There is no node %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="72"/>
        <source>Node %1 is not in lane &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="94"/>
        <source>Node ids start at n%1; FlowZap numbers nodes from n1 without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="96"/>
        <source>Node ids jump from n%1 to n%2; FlowZap numbers nodes without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="19"/>
        <source>Node %1 stands outside any lane; declare nodes inside a lane&apos;s braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="26"/>
        <source>The node id %1 is already declared on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="45"/>
        <source>Expected a shape (circle, rectangle, diamond or taskbox) after %1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="53"/>
        <source>Unknown shape &quot;%1&quot;: use circle, rectangle, diamond or taskbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="67"/>
        <source>Unexpected text &quot;%1&quot; in the node statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="75"/>
        <source>Node attributes take a colon: write %1:&quot;...&quot;, not %1=&quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="78"/>
        <source>Expected : after the attribute name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="94"/>
        <source>Unknown node attribute &quot;%1&quot;: use label, owner, description or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="98"/>
        <source>The attribute %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="120"/>
        <source>Expected -&gt; between the two ends of the edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="146"/>
        <source>Expected a node id such as n1 or lane.n1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="170"/>
        <source>The edge end %1 names no handle: write %1.handle(right) or another side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="182"/>
        <source>Expected ) to close the handle of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="188"/>
        <source>The handle of %1 names no side: use left, right, top or bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="194"/>
        <source>Unknown handle side &quot;%1&quot;: use left, right, top or bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="207"/>
        <source>Expected label=&quot;...&quot; inside the brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="213"/>
        <source>Unknown edge attribute &quot;%1&quot;: an edge takes only [label=&quot;...&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="219"/>
        <source>Edge labels take an equals sign: write [label=&quot;...&quot;], not [label:&quot;...&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="222"/>
        <source>Expected = after label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="232"/>
        <source>Expected ] after the edge label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="247"/>
        <source>The loop condition has no closing ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="267"/>
        <source>Unexpected text &quot;%1&quot; in the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="281"/>
        <source>A loop names at least two nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="298"/>
        <source>Expected a text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="303"/>
        <source>This text has no closing double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="319"/>
        <source>A comment after a statement is kept as written, but is dropped if the statement is edited; FlowZap documents whole-line comments only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="324"/>
        <source>Unexpected text &quot;%1&quot; after the statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::FzReader</name>
    <message>
        <location filename="../model/fz/fzreader.cpp" line="67"/>
        <source>This is not valid UTF-8; FlowZap Code is UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzreader.cpp" line="89"/>
        <source>This is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::FzToAsl</name>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="44"/>
        <source>The diagram never ends; ASL needs a terminal state, so a Succeed state &quot;%1&quot; was added (chosen by $.start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="71"/>
        <source>ASL has one start: the diagram&apos;s other entry points (%1) are chosen by $.start in the added Choice state &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="87"/>
        <source>Generated from FlowZap Code; lanes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="134"/>
        <source>The diagram has no steps; the definition holds one Succeed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="219"/>
        <source>The decision &quot;%1&quot; has no way out; it is written as a Succeed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="248"/>
        <source>Lane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="256"/>
        <source>&quot;%1&quot; has %2 ways out; ASL follows one at a time, so they go through the added Choice state &quot;%3&quot; on $.choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="290"/>
        <source>The decision &quot;%1&quot; has no labelled way out; its edge became a rule on $.choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/fztoasl.cpp" line="308"/>
        <source>ASL keeps no positions: %n hand-placed node(s) lose their place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/fztoasl.cpp" line="312"/>
        <source>ASL keeps no handles: %n edge(s) lose their sides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/fztoasl.cpp" line="315"/>
        <source>ASL transitions have no labels: %n edge label(s) outside decisions are not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="320"/>
        <source>ASL has no loop annotations: loop [%1] is not kept (its edges are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/convert/fztoasl.cpp" line="330"/>
        <source>ASL has no comments between states: %n FlowZap comment line(s) are not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="335"/>
        <source>ASL has no lanes: each state&apos;s Comment names its lane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::FzWriter</name>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="75"/>
        <source>The lane &quot;%1&quot; cannot be written: a lane key is a letter or _ followed by letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="80"/>
        <source>Two lanes share the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="95"/>
        <source>Node &quot;%1&quot; in lane &quot;%2&quot; cannot be written: a node id is n followed by digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="105"/>
        <source>Node %1 in lane &quot;%2&quot; has the same id as a node in lane &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="121"/>
        <source>Node %1 (%2) belongs to no lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="127"/>
        <source>An edge refers to a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="134"/>
        <source>A loop refers to a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="137"/>
        <source>The loop [%1] names fewer than two nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="195"/>
        <source>The lane &quot;%1&quot;: its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="37"/>
        <source>Node %1 in lane &quot;%2&quot;: the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="63"/>
        <source>Edge %1 -&gt; %2 %3: the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="85"/>
        <source>The loop over%1 %2: its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="177"/>
        <source>at top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="178"/>
        <source>in lane &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="184"/>
        <source>%1 contains a double quote (&quot;), which FlowZap Code cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="187"/>
        <source>%1 contains a line break, which FlowZap Code cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="190"/>
        <source>%1 contains ], which would end a loop condition early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="45"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="68"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="85"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>Opened %1 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>%1 was not saved:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Saved %1 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>The file was saved, but its format cannot keep everything:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>Open Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Workflows (*.fz *.asl.json *.json *.yaml *.yml *.stepwise);;FlowZap Code (*.fz);;Amazon States Language (*.asl.json *.json *.yaml *.yml);;Stepwise project (*.stepwise);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Save Workflow As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="213"/>
        <source>FlowZap Code (*.fz);;Amazon States Language JSON (*.asl.json);;Amazon States Language YAML (*.asl.yaml);;Stepwise project (*.stepwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>These files no longer exist and were removed from the recent list:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>%1 no longer exists and was removed from the recent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>Lanes: %1  ·  Nodes: %2  ·  Edges: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="260"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>%1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="321"/>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::NodeText</name>
    <message>
        <location filename="../editor/layout/nodetext.cpp" line="28"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/layout/nodetext.cpp" line="32"/>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/layout/nodetext.cpp" line="34"/>
        <source>waits for callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ProjectReader</name>
    <message>
        <location filename="../model/project/projectreader.cpp" line="35"/>
        <source>Missing field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="42"/>
        <source>Field &quot;%1&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="70"/>
        <source>An object is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="93"/>
        <source>Unknown statement kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="150"/>
        <source>The loop names a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="180"/>
        <source>The id %1 is zero or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="193"/>
        <source>The node&apos;s lane does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="197"/>
        <source>Unknown shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="207"/>
        <source>A position is [x, y].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="238"/>
        <source>The edge names a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="243"/>
        <source>Unknown handle side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="274"/>
        <source>The statement names an entity that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="296"/>
        <source>Invalid JSON in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="303"/>
        <source>This is not a Stepwise project file (&quot;format&quot;: &quot;stepwise&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="307"/>
        <source>The project file has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="309"/>
        <source>The project was saved by a newer Stepwise (file version %1); this version reads files up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="314"/>
        <source>Unknown project file version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="316"/>
        <source>The project file is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/project/projectreader.cpp" line="318"/>
        <source>The project file has no document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::RunBridge</name>
    <message>
        <location filename="../app/runbridge.cpp" line="29"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="38"/>
        <source>%1: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="44"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="48"/>
        <source>%1: unknown file type (expected .json, .asl.json, .fz, .yaml or .stepwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="55"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="57"/>
        <source>%1: reading this format is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbridge.cpp" line="73"/>
        <source>the document has no ASL view the runtime can execute yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::SamWriter</name>
    <message>
        <location filename="../model/asl/samwriter.cpp" line="71"/>
        <source>Value of ${%1} in the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/samwriter.cpp" line="101"/>
        <source>Cannot write the SAM template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/samwriter.cpp" line="115"/>
        <source>Invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/asl/samwriter.cpp" line="138"/>
        <source>The template has no AWS::Serverless::StateMachine resource with an inline Definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::Script</name>
    <message>
        <location filename="../app/runcommand.cpp" line="66"/>
        <source>%1: a script must be a JSON object keyed by state name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::Workflow</name>
    <message>
        <location filename="../model/workflow.cpp" line="106"/>
        <location filename="../model/workflow.cpp" line="162"/>
        <source>A lane needs an identifier without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflow.cpp" line="108"/>
        <location filename="../model/workflow.cpp" line="166"/>
        <source>A lane named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflow.cpp" line="110"/>
        <source>The lane id is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflow.cpp" line="133"/>
        <location filename="../model/workflow.cpp" line="147"/>
        <location filename="../model/workflow.cpp" line="160"/>
        <location filename="../model/workflow.cpp" line="188"/>
        <location filename="../model/workflowitems.cpp" line="137"/>
        <source>There is no such lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflow.cpp" line="135"/>
        <source>Only an empty lane can be removed; move or delete its nodes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflow.cpp" line="190"/>
        <source>The lane cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="10"/>
        <source>There is no such node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="18"/>
        <source>There is no such edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="26"/>
        <source>There is no such loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="60"/>
        <source>A node must belong to an existing lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="62"/>
        <source>The node id is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="64"/>
        <location filename="../model/workflowitems.cpp" line="205"/>
        <source>The node identifier &quot;%1&quot; is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="78"/>
        <source>Remove the node&apos;s edges before the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="81"/>
        <source>Remove the node from its loops before the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="178"/>
        <source>A state named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="235"/>
        <location filename="../model/workflowitems.cpp" line="277"/>
        <source>An edge must join two existing nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="237"/>
        <source>The edge id is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="298"/>
        <source>A loop needs at least two nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="301"/>
        <source>A loop may only name existing nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="319"/>
        <source>The loop id is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
