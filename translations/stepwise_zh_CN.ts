<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddLaneCommand</name>
    <message>
        <location filename="../editor/commands/addlanecommand.cpp" line="+28"/>
        <source>Add lane &quot;%1&quot;</source>
        <translation>添加泳道 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AddStateCommand</name>
    <message>
        <location filename="../editor/commands/addstatecommand.cpp" line="+19"/>
        <source>Add &quot;%1&quot;</source>
        <translation>添加 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BranchCommand</name>
    <message>
        <location filename="../editor/commands/branchcommand.cpp" line="+19"/>
        <source>Add branch to &quot;%1&quot;</source>
        <translation>为“%1”添加分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a Parallel state takes more branches.</source>
        <translation>只有 Parallel 状态可以添加分支。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 branch %2</source>
        <translation>%1 分支 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Branch %1 of &quot;%2&quot;</source>
        <translation>删除“%2”的分支 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Map state keeps its item processor.</source>
        <translation>Map 状态必须保留其项目处理器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a Parallel state has branches to remove.</source>
        <translation>只有 Parallel 状态有可删除的分支。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no branch %2.</source>
        <translation>“%1”没有分支 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Parallel state needs at least one branch: &quot;%1&quot; keeps its last one.</source>
        <translation>Parallel 状态至少需要一个分支：“%1”保留其最后一个分支。</translation>
    </message>
</context>
<context>
    <name>CollapseCommand</name>
    <message>
        <location filename="../editor/commands/collapsecommand.cpp" line="+12"/>
        <source>Collapse &quot;%1&quot;</source>
        <translation>折叠“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand &quot;%1&quot;</source>
        <translation>展开“%1”</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../editor/commands/connectcommand.cpp" line="+20"/>
        <source>Connect %1 → %2</source>
        <translation>连接 %1 → %2</translation>
    </message>
</context>
<context>
    <name>ContainerLayout</name>
    <message>
        <location filename="../editor/layout/containerlayout.cpp" line="+30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 branch</source>
        <translation>1 个分支</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 branches</source>
        <translation>%1 个分支</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 state</source>
        <translation>1 个状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 states</source>
        <translation>%1 个状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↻ for each item</source>
        <translation>↻ 对每个项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch %1</source>
        <translation>分支 %1</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../editor/commands/deletecommand.cpp" line="+70"/>
        <source>Delete lane &quot;%1&quot;</source>
        <translation>删除泳道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 lanes</source>
        <translation>删除 %1 个泳道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete 1 edge</source>
        <translation>删除 1 条连线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 edges</source>
        <translation>删除 %1 条连线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 states</source>
        <translation>删除 %1 个状态</translation>
    </message>
</context>
<context>
    <name>EdgeLabelCommand</name>
    <message>
        <location filename="../editor/commands/edgelabelcommand.cpp" line="+19"/>
        <source>Clear edge label</source>
        <translation>清除连线标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label edge &quot;%1&quot;</source>
        <translation>设置连线标签 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EdgeMeaningCommand</name>
    <message>
        <location filename="../editor/commands/edgemeaningcommand.cpp" line="+12"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catch</source>
        <translation>Catch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Catch %1</source>
        <translation>Catch %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make edge %1</source>
        <translation>将连线设为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make %1 → %2 %3</source>
        <translation>将 %1 → %2 设为 %3</translation>
    </message>
</context>
<context>
    <name>MoveLaneCommand</name>
    <message>
        <location filename="../editor/commands/movelanecommand.cpp" line="+16"/>
        <source>Move lane &quot;%1&quot;</source>
        <translation>移动泳道 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MoveStatesCommand</name>
    <message>
        <location filename="../editor/commands/movestatescommand.cpp" line="+24"/>
        <source>Nudge 1 state</source>
        <translation>微移 1 个状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge %1 states</source>
        <translation>微移 %1 个状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move 1 state</source>
        <translation>移动 1 个状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 states</source>
        <translation>移动 %1 个状态</translation>
    </message>
</context>
<context>
    <name>MoveToMachineCommand</name>
    <message>
        <location filename="../editor/commands/movetomachinecommand.cpp" line="+14"/>
        <source>lane &quot;%1&quot;</source>
        <translation>泳道“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the processor of &quot;%1&quot;</source>
        <translation>“%1”的处理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch %1 of &quot;%2&quot;</source>
        <translation>“%2”的分支 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &quot;%1&quot; out onto %2</source>
        <translation>将“%1”移出到%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; into %2</source>
        <translation>将“%1”移入%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 transition dropped)</source>
        <translation>%1（删除了 1 个转换）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 transitions dropped)</source>
        <translation>%1（删除了 %2 个转换）</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <location filename="../editor/commands/pastecommand.cpp" line="+83"/>
        <source>Duplicate 1 state</source>
        <translation>创建 1 个状态的副本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1 states</source>
        <translation>创建 %1 个状态的副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste 1 state</source>
        <translation>粘贴 1 个状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste %1 states</source>
        <translation>粘贴 %1 个状态</translation>
    </message>
</context>
<context>
    <name>ReconnectEdgeCommand</name>
    <message>
        <location filename="../editor/commands/reconnectedgecommand.cpp" line="+17"/>
        <source>Reconnect %1 → %2</source>
        <translation>重新连接 %1 → %2</translation>
    </message>
</context>
<context>
    <name>RenameLaneCommand</name>
    <message>
        <location filename="../editor/commands/renamelanecommand.cpp" line="+19"/>
        <source>Rename lane &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将泳道 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>RenameStateCommand</name>
    <message>
        <location filename="../editor/commands/renamestatecommand.cpp" line="+13"/>
        <source>There is no such state.</source>
        <translation>不存在此状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A state needs a name.</source>
        <translation>状态需要名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A state named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的状态。</translation>
    </message>
</context>
<context>
    <name>StateTemplates</name>
    <message>
        <location filename="../editor/palette/statetemplates.cpp" line="+20"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls a service (Lambda, SQS, DynamoDB, HTTP...)</source>
        <translation>调用服务（Lambda、SQS、DynamoDB、HTTP...）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback Task</source>
        <translation>回调任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task that waits for a task token (.waitForTaskToken)</source>
        <translation>等待任务令牌的任务（.waitForTaskToken）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>传递</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes its input on, optionally transformed</source>
        <translation>传递输入，可先进行转换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branches on conditions over the input</source>
        <translation>根据输入满足的条件选择分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits for a time or until a timestamp</source>
        <translation>等待一段时间或直到某个时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs branches at the same time</source>
        <translation>同时运行多个分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs a processor for each item of a list</source>
        <translation>对列表中的每个项目运行处理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the execution successfully</source>
        <translation>成功结束执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the execution with an error</source>
        <translation>以错误结束执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A swimlane: a row for one actor or system</source>
        <translation>泳道：代表一个参与者或系统的一行</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> step</source>
        <translation> 步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> item</source>
        <translation> 项目</translation>
    </message>
</context>
<context>
    <name>TidyUpCommand</name>
    <message>
        <location filename="../editor/commands/tidyupcommand.cpp" line="+10"/>
        <source>Tidy up</source>
        <translation>整理布局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidy up %1 states</source>
        <translation>整理 %1 个状态的布局</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="+51"/>
        <source>No state named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的状态</translation>
    </message>
</context>
<context>
    <name>stepwise</name>
    <message>
        <location filename="../app/jsonfile.cpp" line="+26"/>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1：文件大于 %2 MiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: 不是有效的 JSON：%4</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;标准输入&gt;</translation>
    </message>
    <message>
        <location filename="../app/evalcommand.cpp" line="+43"/>
        <source>usage: stepwise eval EXPR [--input FILE|-] [--bindings FILE]
         [--language jsonata|jsonpath] [--envelope]
Evaluates EXPR against the input (FILE, - for standard input; {} when none)
and prints the result as JSON.
  --language jsonata   (default) EXPR is a JSONata expression; the members of
                       the --bindings object are its variables ($name)
  --language jsonpath  EXPR is a JSONPath path ($.a.b, $..c, $.d[?(@.e &gt; 1)])
                       or an intrinsic function call (States.Format(&apos;{}&apos;, $.a));
                       the --bindings members are workflow variables ($name),
                       and $$ reads the member context of the binding states
  --envelope           print {&quot;result&quot;: ...}, {&quot;undefined&quot;: true} or
                       {&quot;error&quot;: {&quot;code&quot;, &quot;position&quot;, &quot;message&quot;}}
Without --envelope an undefined result prints nothing and an error goes to
standard error. Exit 0 a result or undefined, 1 a syntax or evaluation error
or unreadable input, 2 usage.
</source>
        <translation>用法： stepwise eval EXPR [--input FILE|-] [--bindings FILE]
         [--language jsonata|jsonpath] [--envelope]
针对输入（FILE，- 表示标准输入；未指定时为 {}）对 EXPR 求值，
并以 JSON 输出结果。
  --language jsonata   （默认）EXPR 为 JSONata 表达式；--bindings 对象的
                       各成员即其变量（$name）
  --language jsonpath  EXPR 为 JSONPath 路径（$.a.b、$..c、$.d[?(@.e &gt; 1)]）
                       或内置函数调用（States.Format(&apos;{}&apos;, $.a)）；
                       --bindings 的各成员为工作流变量（$name），
                       $$ 读取绑定 states 的成员 context
  --envelope           输出 {&quot;result&quot;: ...}、{&quot;undefined&quot;: true} 或
                       {&quot;error&quot;: {&quot;code&quot;, &quot;position&quot;, &quot;message&quot;}}
不带 --envelope 时，结果未定义则不输出任何内容，错误写入标准错误。
退出码：0 有结果或结果未定义，1 语法错误、求值错误或输入无法读取，
2 用法错误。
</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+146"/>
        <location line="+5"/>
        <source>stepwise eval: %1</source>
        <translation>stepwise eval: %1</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>--language takes jsonata or jsonpath, not &apos;%1&apos;</source>
        <translation>--language 接受 jsonata 或 jsonpath，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument %1; quote the expression</source>
        <translation>意外的参数 %1；请用引号括起表达式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no expression given</source>
        <translation>未指定表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--input and --bindings cannot both read standard input</source>
        <translation>--input 和 --bindings 不能同时读取标准输入</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>stepwise eval: %1: the bindings must be a JSON object of name: value</source>
        <translation>stepwise eval: %1：绑定必须是 name: value 形式的 JSON 对象</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>stepwise eval: %1 at position %2: %3</source>
        <translation>stepwise eval: %1，位置 %2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stepwise eval: %1: %2</source>
        <translation>stepwise eval: %1：%2</translation>
    </message>
</context>
<context>
    <name>stepwise::AslChoiceRules</name>
    <message>
        <location filename="../model/asl/aslchoicerules.cpp" line="+51"/>
        <source>A Choice state needs &quot;Choices&quot;.</source>
        <translation>Choice 状态需要 &quot;Choices&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a non-empty array of rules</source>
        <translation>非空的规则数组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A choice rule must be an object.</source>
        <translation>选择规则必须是对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A choice rule needs &quot;Next&quot;.</source>
        <translation>选择规则需要 &quot;Next&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Next&quot; must be a string.</source>
        <translation>&quot;Next&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A JSONata choice rule needs a &quot;Condition&quot;.</source>
        <translation>JSONata 选择规则需要 &quot;Condition&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a non-empty array of rules.</source>
        <translation>&quot;%1&quot; 必须是非空的规则数组。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The choice rule has no comparison.</source>
        <translation>选择规则没有比较运算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The choice rule has more than one comparison.</source>
        <translation>选择规则有多个比较运算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A comparison needs a &quot;Variable&quot; path.</source>
        <translation>比较运算需要 &quot;Variable&quot; 路径。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>&quot;%1&quot; 的值类型错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; 必须是%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
</context>
<context>
    <name>stepwise::AslDiagram</name>
    <message>
        <location filename="../model/workflowstates.cpp" line="+215"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>stepwise::AslJsonataSyntax</name>
    <message>
        <location filename="../model/asl/asljsonatasyntax.cpp" line="+56"/>
        <source>JSONata syntax error: %1 (%2).</source>
        <translation>JSONata 语法错误：%1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSONata syntax error at offset %1 of the field&apos;s text: %2 (%3).</source>
        <translation>JSONata 语法错误，位于字段文本的偏移量 %1 处：%2（%3）。</translation>
    </message>
</context>
<context>
    <name>stepwise::AslReader</name>
    <message>
        <location filename="../model/asl/aslreader.cpp" line="+44"/>
        <source>The definition is nested more than %1 levels deep.</source>
        <translation>定义的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invalid YAML: %1</source>
        <translation>无效的 YAML：%1</translation>
    </message>
</context>
<context>
    <name>stepwise::AslStateRules</name>
    <message>
        <location filename="../model/asl/aslstaterules.cpp" line="+120"/>
        <source>The field &quot;%1&quot; is not allowed in a %2 state.</source>
        <translation>%2 状态中不允许使用字段 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A state has either &quot;Next&quot; or &quot;End&quot;, not both.</source>
        <translation>状态只能有 &quot;Next&quot; 或 &quot;End&quot; 之一，不能同时有两者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state needs &quot;Next&quot; or &quot;End&quot;: true.</source>
        <translation>状态需要 &quot;Next&quot; 或 &quot;End&quot;: true。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; 必须是%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not allowed in a %2 state.</source>
        <translation>%2 状态中不允许使用 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a path string</source>
        <translation>路径字符串</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; and &quot;%2&quot; give the same field twice.</source>
        <translation>&quot;%1&quot; 和 &quot;%2&quot; 重复给出了同一字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A field ending in &quot;.$&quot; must hold a path string.</source>
        <translation>以 &quot;.$&quot; 结尾的字段必须是路径字符串。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an integer of at least %1</source>
        <translation>不小于 %1 的整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>true or false</source>
        <translation>布尔值 true 或 false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;JSONPath&quot; or &quot;JSONata&quot;</source>
        <translation>&quot;JSONPath&quot; 或 &quot;JSONata&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Task state needs a &quot;Resource&quot;.</source>
        <translation>Task 状态需要 &quot;Resource&quot;。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+36"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a state machine object</source>
        <translation>状态机对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot be given together.</source>
        <translation>&quot;%1&quot; 和 &quot;%2&quot; 不能同时给出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exactly one of %1 is required (found %2).</source>
        <translation>%1 中必须恰好给出一个（找到 %2 个）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each entry must be an object.</source>
        <translation>每个条目都必须是对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;ErrorEquals&quot; must be a non-empty array of names.</source>
        <translation>&quot;ErrorEquals&quot; 必须是非空的名称数组。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error names must be strings.</source>
        <translation>错误名称必须是字符串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;States.ALL&quot; must be alone and in the last entry.</source>
        <translation>&quot;States.ALL&quot; 必须单独出现在最后一个条目中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A catcher needs &quot;Next&quot;.</source>
        <translation>捕获器需要 &quot;Next&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;ResultPath&quot; must be a path string.</source>
        <translation>&quot;ResultPath&quot; 必须是路径字符串。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be an integer of at least %2.</source>
        <translation>&quot;%1&quot; 必须是不小于 %2 的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;BackoffRate&quot; must be a number of at least 1.</source>
        <translation>&quot;BackoffRate&quot; 必须是不小于 1 的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;JitterStrategy&quot; must be &quot;FULL&quot; or &quot;NONE&quot;.</source>
        <translation>&quot;JitterStrategy&quot; 必须是 &quot;FULL&quot; 或 &quot;NONE&quot;。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>intrinsic functions are not allowed here</source>
        <translation>此处不允许使用内置函数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reference path cannot use filters, wildcards or slices</source>
        <translation>引用路径不能使用筛选器、通配符或切片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a result path cannot name a variable</source>
        <translation>结果路径不能指向变量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syntax error, %1</source>
        <translation>语法错误，%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid %1 &quot;%2&quot;: %3.</source>
        <translation>无效的 %1 &quot;%2&quot;：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intrinsic call</source>
        <translation>内置函数调用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSONPath</source>
        <translation>JSONPath</translation>
    </message>
</context>
<context>
    <name>stepwise::AslToFz</name>
    <message numerus="yes">
        <location filename="../model/convert/asltofz.cpp" line="+49"/>
        <source>FlowZap keeps only the diagram: the ASL of %n state(s) (types and fields) is not kept.</source>
        <translation>
            <numerusform>FlowZap 只保留图表：%n 个状态的 ASL（类型和字段）不会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>FlowZap has no nested machines: %n Parallel branch(es) or Map processor(s) are not kept.</source>
        <translation>
            <numerusform>FlowZap 没有嵌套状态机：%n 个 Parallel 分支或 Map 处理器不会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>FlowZap keeps no execution inputs: %n saved input(s) are not kept.</source>
        <translation>
            <numerusform>FlowZap 不保存执行输入：%n 个已保存的输入不会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>FlowZap keeps no positions: %n hand-placed node(s) will be laid out again.</source>
        <translation>
            <numerusform>FlowZap 不保存位置：%n 个手动放置的节点将重新布局。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>FlowZap labels cannot hold &quot; or line breaks: %n text(s) were changed (&quot; became &apos;).</source>
        <translation>
            <numerusform>FlowZap 标签不能包含 &quot; 或换行：已修改 %n 处文本（&quot; 改为 &apos;）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::AslValidator</name>
    <message>
        <location filename="../model/asl/aslvalidator.cpp" line="+36"/>
        <source>The definition must be a JSON object.</source>
        <translation>定义必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown top-level field &quot;%1&quot;.</source>
        <translation>未知的顶层字段 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Version&quot; must be a string.</source>
        <translation>&quot;Version&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;TimeoutSeconds&quot; must be a non-negative integer.</source>
        <translation>&quot;TimeoutSeconds&quot; 必须是非负整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;QueryLanguage&quot; must be &quot;JSONPath&quot; or &quot;JSONata&quot;.</source>
        <translation>&quot;QueryLanguage&quot; 必须是 &quot;JSONPath&quot; 或 &quot;JSONata&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A state named &quot;%1&quot; already exists in this definition.</source>
        <translation>此定义中已存在名为 &quot;%1&quot; 的状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A state machine must be an object.</source>
        <translation>状态机必须是对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Comment&quot; must be a string.</source>
        <translation>&quot;Comment&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state machine has no &quot;StartAt&quot;.</source>
        <translation>状态机没有 &quot;StartAt&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;StartAt&quot; must be a state name.</source>
        <translation>&quot;StartAt&quot; 必须是状态名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state machine has no &quot;States&quot;.</source>
        <translation>状态机没有 &quot;States&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;States&quot; must be an object.</source>
        <translation>&quot;States&quot; 必须是对象。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A state name must have 1 to 80 characters.</source>
        <translation>状态名称必须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The state machine has no terminal state (End, Succeed or Fail).</source>
        <translation>状态机没有终止状态（End、Succeed 或 Fail）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A state must be an object.</source>
        <translation>状态必须是对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state has no &quot;Type&quot;.</source>
        <translation>状态没有 &quot;Type&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Type&quot; must be a string.</source>
        <translation>&quot;Type&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown state type &quot;%1&quot;.</source>
        <translation>未知的状态类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A Parallel state needs a non-empty &quot;Branches&quot; array.</source>
        <translation>Parallel 状态需要非空的 &quot;Branches&quot; 数组。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a state of this machine.</source>
        <translation>&quot;%1&quot; 不是此状态机中的状态。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;StartAt&quot; names &quot;%1&quot;, which is not a state.</source>
        <translation>&quot;StartAt&quot; 指向 &quot;%1&quot;，但它不是状态。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No path from &quot;StartAt&quot; reaches &quot;%1&quot;.</source>
        <translation>从 &quot;StartAt&quot; 出发没有路径能到达 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transition leads to &quot;%1&quot;.</source>
        <translation>没有转换通向 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>stepwise::AslWriter</name>
    <message numerus="yes">
        <location filename="../model/asl/aslwriter.cpp" line="+80"/>
        <source>ASL keeps no positions: %n node(s) placed by hand will be laid out again.</source>
        <translation>
            <numerusform>ASL 不保存位置：%n 个手动放置的节点将重新布局。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s) without an ASL state are not written.</source>
        <translation>
            <numerusform>%n 个没有 ASL 状态的节点不会写出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>ASL has no loop annotations: %n loop(s) are not kept.</source>
        <translation>
            <numerusform>ASL 没有循环注释：%n 个循环不会保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::CallbacksPanel</name>
    <message>
        <location filename="../editor/run/callbackspanel.cpp" line="+60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task token</source>
        <translation>任务令牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting since</source>
        <translation>开始等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat in</source>
        <translation>检测信号倒计时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeout in</source>
        <translation>超时倒计时</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Heartbeat</source>
        <translation>检测信号</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Jump to Deadline</source>
        <translation>跳到截止时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take</source>
        <translation>采用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payload sent:</source>
        <translation>已发送的负载：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AWS CLI:</source>
        <translation>AWS CLI：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choices waiting</source>
        <translation>等待中的选择</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answered:</source>
        <translation>已应答：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1  %2: %3  (%4)</source>
        <translation>%1  %2：%3（%4）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
</context>
<context>
    <name>stepwise::ChoiceSection</name>
    <message>
        <location filename="../editor/inspector/choicesection.cpp" line="+15"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Otherwise</source>
        <translation>否则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>stepwise::CodePane</name>
    <message>
        <location filename="../editor/codeview/codepane.cpp" line="+41"/>
        <source>Edit the text; it applies when you pause or press Ctrl+Enter.</source>
        <translation>编辑文本；停止输入片刻或按 Ctrl+Enter 时生效。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The document changed elsewhere; press Escape to see it here.</source>
        <translation>文档已在别处更改；按 Escape 在此查看。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not applied: the text has errors.</source>
        <translation>未应用：文本有错误。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the document.</source>
        <translation>正在显示文档。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error:</source>
        <translation>错误:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning:</source>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>stepwise::CodeView</name>
    <message>
        <location filename="../editor/codeview/codeview.cpp" line="+14"/>
        <source>FlowZap Code</source>
        <translation>FlowZap Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASL (JSON)</source>
        <translation>ASL (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASL (YAML)</source>
        <translation>ASL (YAML)</translation>
    </message>
</context>
<context>
    <name>stepwise::ComboField</name>
    <message>
        <location filename="../editor/inspector/combofield.cpp" line="+66"/>
        <source>Choose a value.</source>
        <translation>请选择一个值。</translation>
    </message>
</context>
<context>
    <name>stepwise::CommandLine</name>
    <message>
        <location filename="../app/headlesscommands.cpp" line="+108"/>
        <source>Try &apos;stepwise --help&apos; for more information.</source>
        <translation>运行 &apos;stepwise --help&apos; 获取更多信息。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>missing command</source>
        <translation>缺少命令</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+29"/>
        <source>--docks needs a list of panels</source>
        <translation>--docks 需要面板列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--docks: unknown panel &apos;%1&apos;; use palette, inspector, problems, code, history, all or none</source>
        <translation>--docks：未知面板 &apos;%1&apos;；请使用 palette、inspector、problems、code、history、all 或 none</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>选项 &apos;%1&apos; 需要一个值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--theme takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme 接受 system、light 或 dark，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/headlesscommands.cpp" line="+87"/>
        <location line="+56"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the window opens one file at a time</source>
        <translation>窗口一次只能打开一个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/headlesscommands.cpp" line="-119"/>
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
  eval EXPR          evaluate a JSONata expression, or a JSONPath path or
                     intrinsic function, against --input FILE (see
                     stepwise eval --help)
  render IN OUT      draw a workflow to OUT.png, .svg or .pdf with no display;
                     --scale N, --transparent, --theme light|dark

Options:
  -h, --help         show this help and exit
  -v, --version      show the version and exit
  --theme NAME       open the window in the system, light or dark theme
  --screenshot PNG   open FILE, fit it, save a picture of the window and quit;
                     with --docks all|none|palette,inspector,problems,code,history
                     (the panels to show) and --select STATE (shown in the
                     inspector)

Exit status: 0 no errors, 1 errors or unreadable input, 2 wrong usage.
</source>
        <translation>用法： stepwise [FILE]
       stepwise COMMAND [ARGS...]

设计、检查并逐步调试无服务器工作流。
不带命令时，在窗口中打开 FILE（或内置模板）。

命令：
  convert IN OUT     转换工作流；格式由文件名决定
                     （.fz、.asl.json、.asl.yaml、.stepwise、.sam.yaml）；
                     --sam 写出 AWS SAM 模板
  validate FILE...   检查文件；输出 FILE:LINE:COL: error|warning: MESSAGE
  run DEF [OPTIONS]  无界面执行定义（参见 stepwise run --help）
  eval EXPR          针对 --input FILE 对 JSONata 表达式、JSONPath 路径
                     或内置函数求值（参见
                     stepwise eval --help）
  render IN OUT      无需显示器，将工作流绘制为 OUT.png、.svg 或 .pdf；
                     --scale N、--transparent、--theme light|dark

选项：
  -h, --help         显示此帮助并退出
  -v, --version      显示版本并退出
  --theme NAME       以 system（跟随系统）、light 或 dark 主题打开窗口
  --screenshot PNG   打开 FILE，缩放至适合窗口，保存窗口截图后退出；
                     可配合 --docks all|none|palette,inspector,problems,code,history
                     （要显示的面板）和 --select STATE（在属性面板中
                     显示该状态）

退出状态：0 无错误，1 有错误或输入无法读取，2 用法错误。
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Usage: stepwise convert IN OUT [--sam]
Reads IN and writes OUT; the formats follow the file names.
What OUT&apos;s format cannot keep is reported as warnings.
  --sam   write OUT as an AWS SAM template (YAML) holding the state machine,
          ready for &apos;sam deploy&apos;
  --to-jsonata  rewrite the JSONPath states of an ASL JSON file as JSONata
          (paths, templates, intrinsic functions, Choice rules); a state
          JSONata cannot say stays JSONPath, with a warning
</source>
        <translation>用法： stepwise convert IN OUT [--sam]
读取 IN 并写出 OUT；格式由文件名决定。
OUT 的格式无法保留的内容会以警告报告。
  --sam   将 OUT 写为包含该状态机的 AWS SAM 模板（YAML），
          可直接用于 &apos;sam deploy&apos;
  --to-jsonata  将 ASL JSON 文件中的 JSONPath 状态改写为 JSONata
          （路径、模板、内置函数、Choice 规则）；JSONata 无法表达的
          状态保持 JSONPath，并给出警告
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>convert needs an input and an output file</source>
        <translation>convert 需要一个输入文件和一个输出文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convert takes exactly two files</source>
        <translation>convert 只接受两个文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to-jsonata and --sam do not go together</source>
        <translation>--to-jsonata 和 --sam 不能一起使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: --sam writes YAML; name the output .yaml or .yml</source>
        <translation>%1：--sam 写出 YAML；输出文件名请以 .yaml 或 .yml 结尾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown output file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or .stepwise</source>
        <translation>%1：未知的输出文件类型；请使用 .fz、.asl.json、.asl.yaml、.sam.yaml 或 .stepwise</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: stepwise validate FILE...
Prints FILE:LINE:COL: error|warning: MESSAGE for every finding.
</source>
        <translation>用法： stepwise validate FILE...
对每个发现的问题输出 FILE:LINE:COL: error|warning: MESSAGE。
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>validate needs at least one file</source>
        <translation>validate 至少需要一个文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--to-jsonata reads and writes ASL JSON: name both files .json</source>
        <translation>--to-jsonata 读写 ASL JSON：两个文件名都应以 .json 结尾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2:%3: error: not valid JSON: %4</source>
        <translation>%1:%2:%3: error: 不是有效的 JSON：%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:1:1: error: not an ASL definition (no &quot;States&quot;)</source>
        <translation>%1:1:1: error: 不是 ASL 定义（没有 &quot;States&quot;）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: warning: stays JSONPath: %2</source>
        <translation>%1: warning: 保持为 JSONPath：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>stepwise::ConditionEditor</name>
    <message>
        <location filename="../editor/inspector/conditioneditor.cpp" line="+28"/>
        <source>Enter a timestamp such as 2024-05-01T12:00:00Z.</source>
        <translation>请输入时间戳，例如 2024-05-01T12:00:00Z。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter true or false.</source>
        <translation>请输入 true 或 false。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>stepwise::ContainerEdits</name>
    <message>
        <location filename="../editor/scene/containeredits.cpp" line="+19"/>
        <source>&quot;%1&quot; cannot be done here.</source>
        <translation>此处无法执行 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; could not be applied.</source>
        <translation>无法应用 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; could not be applied: %2</source>
        <translation>无法应用 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no such state or lane.</source>
        <translation>没有这样的状态或泳道。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a Parallel or Map state with branches can be collapsed.</source>
        <translation>只有带分支的 Parallel 或 Map 状态可以折叠。</translation>
    </message>
</context>
<context>
    <name>stepwise::DataFlow</name>
    <message>
        <location filename="../editor/run/dataflow.cpp" line="+95"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This event belongs to no state.</source>
        <translation>此事件不属于任何状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The history has no entry into this state.</source>
        <translation>历史记录中没有进入此状态的事件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as recorded at %1</source>
        <translation>事件 %1 中的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The definition has no state of this name.</source>
        <translation>定义中没有此名称的状态。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSONata state: as recorded</source>
        <translation>JSONata 状态：按记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+1"/>
        <source>as recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>InputPath</source>
        <translation>InputPath</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as recorded (TaskScheduled)</source>
        <translation>按记录（TaskScheduled）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the state&apos;s Result</source>
        <translation>状态的 Result 字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as recorded (TaskSucceeded)</source>
        <translation>按记录（TaskSucceeded）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The task has not succeeded at this moment.</source>
        <translation>此时任务尚未成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The branches&apos; results are not in the history.</source>
        <translation>历史记录中没有各分支的结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ResultSelector</source>
        <translation>ResultSelector</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ResultPath</source>
        <translation>ResultPath</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OutputPath</source>
        <translation>OutputPath</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded output</source>
        <translation>记录的输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches the recomputed output</source>
        <translation>与重新计算的输出一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the recomputed output</source>
        <translation>与重新计算的输出不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>stepwise::DiagramExporter</name>
    <message>
        <location filename="../editor/export/diagramexporter.cpp" line="+124"/>
        <location line="+20"/>
        <source>Workflow diagram</source>
        <translation>工作流图</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Exported by Stepwise</source>
        <translation>由 Stepwise 导出</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown image type; use .png, .svg or .pdf</source>
        <translation>%1：未知的图像类型；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scale must be between 0 and 16, not %1</source>
        <translation>缩放比例必须在 0 到 16 之间，而不是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the image is too large to write</source>
        <translation>%1：图像太大，无法写出</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>stepwise::DiagramPrinter</name>
    <message>
        <location filename="../app/diagramprinter.cpp" line="+37"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>stepwise::DocumentIo</name>
    <message>
        <location filename="../model/documentio.cpp" line="+37"/>
        <source>FlowZap Code</source>
        <translation>FlowZap Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon States Language (JSON)</source>
        <translation>Amazon States Language (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon States Language (YAML)</source>
        <translation>Amazon States Language (YAML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stepwise project</source>
        <translation>Stepwise 项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS SAM template</source>
        <translation>AWS SAM 模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read %1 files.</source>
        <translation>无法读取 %1 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or .stepwise.</source>
        <translation>未知的文件类型；请使用 .fz、.asl.json、.asl.yaml、.sam.yaml 或 .stepwise。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is larger than %1 MiB; it is not opened.</source>
        <translation>文件大于 %1 MiB，未打开。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot write %1 files.</source>
        <translation>无法写入 %1 文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to save: the file is left as it was.</source>
        <translation>没有可保存的内容：文件保持不变。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>stepwise::EdgeItem</name>
    <message>
        <location filename="../editor/scene/edgeitem.cpp" line="+49"/>
        <source>Click to take this edge</source>
        <translation>单击以选择这条边</translation>
    </message>
</context>
<context>
    <name>stepwise::EditFieldDocumentCommand</name>
    <message>
        <location filename="../editor/commands/editfielddocumentcommand.cpp" line="+14"/>
        <source>Edit %1 text</source>
        <translation>编辑 %1 文本</translation>
    </message>
</context>
<context>
    <name>stepwise::EditFieldEdgeCommand</name>
    <message>
        <location filename="../editor/commands/editfieldedgecommand.cpp" line="+18"/>
        <source>Label edge &quot;%1&quot;</source>
        <translation>设置连线标签 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a new Choice rule</source>
        <translation>新的 Choice 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice rule %1</source>
        <translation>选择规则 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new Catch</source>
        <translation>新的 Catch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catch %1</source>
        <translation>Catch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make edge %1</source>
        <translation>将连线设为 %1</translation>
    </message>
</context>
<context>
    <name>stepwise::EditFieldLaneCommand</name>
    <message>
        <location filename="../editor/commands/editfieldlanecommand.cpp" line="+15"/>
        <source>There is no such lane.</source>
        <translation>不存在此泳道。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename lane &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将泳道 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change lane identifier &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将泳道标识符 &quot;%1&quot; 改为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lane needs an identifier.</source>
        <translation>泳道需要标识符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use letters, digits, _ and - only, starting with a letter or _ (and not a keyword).</source>
        <translation>只能使用字母、数字、_ 和 -，以字母或 _ 开头（且不能是关键字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lane named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的泳道。</translation>
    </message>
</context>
<context>
    <name>stepwise::EditFieldWorkflowCommand</name>
    <message>
        <location filename="../editor/commands/editfieldworkflowcommand.cpp" line="+19"/>
        <source>Edit workflow %1</source>
        <translation>编辑工作流的 %1</translation>
    </message>
</context>
<context>
    <name>stepwise::EditStateCommand</name>
    <message>
        <location filename="../editor/commands/editstatecommand.cpp" line="+18"/>
        <source>There is no such state.</source>
        <translation>不存在此状态。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A state named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such lane.</source>
        <translation>不存在此泳道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A state cannot move out of its machine (Parallel branch or Map).</source>
        <translation>状态不能移出其所在状态机（Parallel 分支或 Map）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit %1 of &quot;%2&quot;</source>
        <translation>编辑 &quot;%2&quot; 的 %1</translation>
    </message>
</context>
<context>
    <name>stepwise::EntityForm</name>
    <message>
        <location filename="../editor/inspector/entityform.cpp" line="+40"/>
        <source>Edge</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning in ASL</source>
        <translation>ASL 中的含义</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>起始状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query language</source>
        <translation>查询语言</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>StartAt</source>
        <translation>StartAt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Choice rule %1</source>
        <translation>选择规则 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catch %1</source>
        <translation>Catch %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
In ASL: %1</source>
        <translation>
在 ASL 中：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new Choice rule</source>
        <translation>新的 Choice 规则</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new Catch (States.ALL)</source>
        <translation>新的 Catch（States.ALL）</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n lane(s), %1 state(s), %2 edge(s)</source>
        <translation>
            <numerusform>%n 个泳道，%1 个状态，%2 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>There are %n lane(s): enter at most %n.</source>
        <translation>
            <numerusform>共有 %n 个泳道：请输入不大于 %n 的数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::ExportDialog</name>
    <message>
        <location filename="../app/exportdialog.cpp" line="+17"/>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole diagram</source>
        <translation>整个图表(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selection only</source>
        <translation>仅选中部分(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select states on the canvas to export only them.</source>
        <translation>在画布上选择状态即可只导出这些状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>stepwise::FzParser</name>
    <message>
        <location filename="../model/fz/fzparser.cpp" line="+51"/>
        <source>The lane &quot;%1&quot; is never closed: a } is missing.</source>
        <translation>泳道 &quot;%1&quot; 未关闭：缺少 }。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../model/fz/fzparserstatements.cpp" line="+161"/>
        <location line="+112"/>
        <source>&quot;%1&quot; is not a node id: node ids are n followed by digits (n1, n2, ...).</source>
        <translation>&quot;%1&quot; 不是节点 ID：节点 ID 为 n 后跟数字（n1、n2、...）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown statement &quot;%1&quot;: expected a lane, a node, an edge, a loop or a // comment.</source>
        <translation>未知语句 &quot;%1&quot;：应为泳道、节点、连线、循环或 // 注释。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The lane &quot;%1&quot; is not closed: a } is missing before the next lane.</source>
        <translation>泳道 &quot;%1&quot; 未关闭：下一个泳道之前缺少 }。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid lane key: use letters, digits and _, starting with a letter.</source>
        <translation>&quot;%1&quot; 不是有效的泳道键：请使用字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <source>The lane &quot;%1&quot; has no title after #.</source>
        <translation>泳道 &quot;%1&quot; 的 # 之后没有标题。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Expected # and the lane title after {.</source>
        <translation>{ 之后应为 # 和泳道标题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lane key &quot;%1&quot; is already used on line %2.</source>
        <translation>泳道键 &quot;%1&quot; 已在第 %2 行使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A line starting with # is a lane title; it belongs right after the lane&apos;s {.</source>
        <translation>以 # 开头的行是泳道标题，应紧跟在泳道的 { 之后。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This } closes no lane.</source>
        <translation>此 } 没有关闭任何泳道。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lane &quot;%1&quot; has no title: write %1 { # Title.</source>
        <translation>泳道 &quot;%1&quot; 没有标题：请写成 %1 { # Title。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Control character U+%1: FlowZap does not allow control characters.</source>
        <translation>控制字符 U+%1：FlowZap 不允许使用控制字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emoji U+%1: FlowZap does not allow emoji.</source>
        <translation>表情符号 U+%1：FlowZap 不允许使用表情符号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The label has %1 characters; at most %2 are accepted.</source>
        <translation>标签有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label has %1 characters; FlowZap recommends at most 50.</source>
        <translation>标签有 %1 个字符；FlowZap 建议不超过 50 个。</translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserrefs.cpp" line="+61"/>
        <source>There is no lane &quot;%1&quot;.</source>
        <translation>没有泳道 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no node %1.</source>
        <translation>没有节点 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 is not in lane &quot;%2&quot;.</source>
        <translation>节点 %1 不在泳道 &quot;%2&quot; 中。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Node ids start at n%1; FlowZap numbers nodes from n1 without gaps.</source>
        <translation>节点 ID 从 n%1 开始；FlowZap 要求节点从 n1 起连续编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node ids jump from n%1 to n%2; FlowZap numbers nodes without gaps.</source>
        <translation>节点 ID 从 n%1 跳到 n%2；FlowZap 要求节点连续编号。</translation>
    </message>
    <message>
        <location filename="../model/fz/fzparserstatements.cpp" line="-254"/>
        <source>Node %1 stands outside any lane; declare nodes inside a lane&apos;s braces.</source>
        <translation>节点 %1 不在任何泳道中；请在泳道的花括号内声明节点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node id %1 is already declared on line %2.</source>
        <translation>节点 ID %1 已在第 %2 行声明。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected a shape (circle, rectangle, diamond or taskbox) after %1:.</source>
        <translation>%1: 之后应为形状（circle、rectangle、diamond 或 taskbox）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown shape &quot;%1&quot;: use circle, rectangle, diamond or taskbox.</source>
        <translation>未知形状 &quot;%1&quot;：请使用 circle、rectangle、diamond 或 taskbox。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected text &quot;%1&quot; in the node statement.</source>
        <translation>节点语句中有意外的文本 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node attributes take a colon: write %1:&quot;...&quot;, not %1=&quot;...&quot;.</source>
        <translation>节点属性使用冒号：请写成 %1:&quot;...&quot;，而不是 %1=&quot;...&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected : after the attribute name %1.</source>
        <translation>属性名 %1 之后应为 :。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown node attribute &quot;%1&quot;: use label, owner, description or system.</source>
        <translation>未知节点属性 &quot;%1&quot;：请使用 label、owner、description 或 system。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribute %1 is given twice.</source>
        <translation>属性 %1 给出了两次。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected -&gt; between the two ends of the edge.</source>
        <translation>连线的两端之间应为 -&gt;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Expected a node id such as n1 or lane.n1.</source>
        <translation>应为节点 ID，例如 n1 或 lane.n1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The edge end %1 names no handle: write %1.handle(right) or another side.</source>
        <translation>连线端点 %1 未指定连接点：请写成 %1.handle(right) 或其他方向。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected ) to close the handle of %1.</source>
        <translation>%1 的 handle 缺少闭合的 )。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The handle of %1 names no side: use left, right, top or bottom.</source>
        <translation>%1 的 handle 未指定方向：请使用 left、right、top 或 bottom。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown handle side &quot;%1&quot;: use left, right, top or bottom.</source>
        <translation>未知的连接点方向 &quot;%1&quot;：请使用 left、right、top 或 bottom。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected label=&quot;...&quot; inside the brackets.</source>
        <translation>方括号内应为 label=&quot;...&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown edge attribute &quot;%1&quot;: an edge takes only [label=&quot;...&quot;].</source>
        <translation>未知连线属性 &quot;%1&quot;：连线只接受 [label=&quot;...&quot;]。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edge labels take an equals sign: write [label=&quot;...&quot;], not [label:&quot;...&quot;].</source>
        <translation>连线标签使用等号：请写成 [label=&quot;...&quot;]，而不是 [label:&quot;...&quot;]。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected = after label.</source>
        <translation>label 之后应为 =。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected ] after the edge label.</source>
        <translation>连线标签之后应为 ]。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The loop condition has no closing ].</source>
        <translation>循环条件缺少闭合的 ]。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unexpected text &quot;%1&quot; in the loop.</source>
        <translation>循环中有意外的文本 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A loop names at least two nodes.</source>
        <translation>循环至少要指定两个节点。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expected a text in double quotes.</source>
        <translation>应为双引号括起的文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text has no closing double quote.</source>
        <translation>此文本缺少闭合的双引号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A comment after a statement is kept as written, but is dropped if the statement is edited; FlowZap documents whole-line comments only.</source>
        <translation>语句后的注释会按原样保留，但编辑该语句时会被丢弃；FlowZap 文档只规定了整行注释。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected text &quot;%1&quot; after the statement.</source>
        <translation>语句之后有意外的文本 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>stepwise::FzReader</name>
    <message>
        <location filename="../model/fz/fzreader.cpp" line="+67"/>
        <source>This is not valid UTF-8; FlowZap Code is UTF-8 text.</source>
        <translation>这不是有效的 UTF-8；FlowZap Code 是 UTF-8 文本。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not valid UTF-8.</source>
        <translation>这不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>stepwise::FzToAsl</name>
    <message>
        <location filename="../model/convert/fztoasl.cpp" line="+44"/>
        <source>The diagram never ends; ASL needs a terminal state, so a Succeed state &quot;%1&quot; was added (chosen by $.start).</source>
        <translation>图表没有终点；ASL 需要终止状态，因此添加了 Succeed 状态 &quot;%1&quot;（由 $.start 选择）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ASL has one start: the diagram&apos;s other entry points (%1) are chosen by $.start in the added Choice state &quot;%2&quot;.</source>
        <translation>ASL 只有一个起点：图表的其他入口（%1）由新增的 Choice 状态 &quot;%2&quot; 根据 $.start 选择。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generated from FlowZap Code; lanes: %1</source>
        <translation>由 FlowZap Code 生成；泳道：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The diagram has no steps; the definition holds one Succeed state.</source>
        <translation>图表没有任何步骤；定义中只含一个 Succeed 状态。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The decision &quot;%1&quot; has no way out; it is written as a Succeed state.</source>
        <translation>判断 &quot;%1&quot; 没有出口；已写为 Succeed 状态。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lane: %1</source>
        <translation>泳道：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has %2 ways out; ASL follows one at a time, so they go through the added Choice state &quot;%3&quot; on $.choice.</source>
        <translation>&quot;%1&quot; 有 %2 个出口；ASL 每次只能走一条，因此它们经过新增的 Choice 状态 &quot;%3&quot;，按 $.choice 选择。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The decision &quot;%1&quot; has no labelled way out; its edge became a rule on $.choice.</source>
        <translation>判断 &quot;%1&quot; 没有带标签的出口；其连线已变为基于 $.choice 的规则。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>ASL keeps no positions: %n hand-placed node(s) lose their place.</source>
        <translation>
            <numerusform>ASL 不保存位置：%n 个手动放置的节点将失去位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ASL keeps no handles: %n edge(s) lose their sides.</source>
        <translation>
            <numerusform>ASL 不保存连接点：%n 条连线将失去连接方向。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>ASL transitions have no labels: %n edge label(s) outside decisions are not kept.</source>
        <translation>
            <numerusform>ASL 转换没有标签：判断之外的 %n 个连线标签不会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ASL has no loop annotations: loop [%1] is not kept (its edges are).</source>
        <translation>ASL 没有循环注释：循环 [%1] 不会保留（其连线会保留）。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>ASL has no comments between states: %n FlowZap comment line(s) are not kept.</source>
        <translation>
            <numerusform>ASL 的状态之间没有注释：%n 行 FlowZap 注释不会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ASL has no lanes: each state&apos;s Comment names its lane.</source>
        <translation>ASL 没有泳道：每个状态的 Comment 会注明其泳道。</translation>
    </message>
</context>
<context>
    <name>stepwise::FzWriter</name>
    <message>
        <location filename="../model/fz/fzemitter.cpp" line="+75"/>
        <source>The lane &quot;%1&quot; cannot be written: a lane key is a letter or _ followed by letters, digits, _ or -.</source>
        <translation>无法写出泳道 &quot;%1&quot;：泳道键须以字母或 _ 开头，后跟字母、数字、_ 或 -。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two lanes share the key &quot;%1&quot;.</source>
        <translation>两个泳道使用了相同的键 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node &quot;%1&quot; in lane &quot;%2&quot; cannot be written: a node id is n followed by digits.</source>
        <translation>无法写出泳道 &quot;%2&quot; 中的节点 &quot;%1&quot;：节点 ID 为 n 后跟数字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node %1 in lane &quot;%2&quot; has the same id as a node in lane &quot;%3&quot;.</source>
        <translation>泳道 &quot;%2&quot; 中的节点 %1 与泳道 &quot;%3&quot; 中的某个节点 ID 相同。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Node %1 (%2) belongs to no lane.</source>
        <translation>节点 %1（%2）不属于任何泳道。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An edge refers to a node that does not exist.</source>
        <translation>有连线引用了不存在的节点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A loop refers to a node that does not exist.</source>
        <translation>有循环引用了不存在的节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loop [%1] names fewer than two nodes.</source>
        <translation>循环 [%1] 指定的节点少于两个。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The lane &quot;%1&quot;: its title</source>
        <translation>泳道 &quot;%1&quot; 的标题</translation>
    </message>
    <message>
        <location filename="../model/fz/fzemitterstatements.cpp" line="+37"/>
        <source>Node %1 in lane &quot;%2&quot;: the %3</source>
        <translation>泳道 &quot;%2&quot; 中节点 %1 的 %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edge %1 -&gt; %2 %3: the label</source>
        <translation>连线 %1 -&gt; %2 %3 的标签</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The loop over%1 %2: its condition</source>
        <translation>循环%1 %2 的条件</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>at top level</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in lane &quot;%1&quot;</source>
        <translation>（泳道 &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contains a double quote (&quot;), which FlowZap Code cannot hold.</source>
        <translation>%1包含双引号（&quot;），FlowZap Code 无法容纳。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains a line break, which FlowZap Code cannot hold.</source>
        <translation>%1包含换行，FlowZap Code 无法容纳。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains ], which would end a loop condition early.</source>
        <translation>%1包含 ]，会使循环条件提前结束。</translation>
    </message>
</context>
<context>
    <name>stepwise::HeaderSection</name>
    <message>
        <location filename="../editor/inspector/headersection.cpp" line="+15"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A state name has at most 80 characters.</source>
        <translation>状态名称最多 80 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A state named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query language</source>
        <translation>查询语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(diagram only: no ASL state)</source>
        <translation>（仅图表：无 ASL 状态）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(End of the machine)</source>
        <translation>（状态机结束）</translation>
    </message>
</context>
<context>
    <name>stepwise::HistoryModel</name>
    <message>
        <location filename="../editor/run/historymodel.cpp" line="+138"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>stepwise::HistoryPanel</name>
    <message>
        <location filename="../editor/run/historypanel.cpp" line="+36"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data Flow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the selected step&apos;s fields transformed its data</source>
        <translation>显示所选步骤的各字段如何转换其数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the history as GetExecutionHistory JSON</source>
        <translation>将历史记录保存为 GetExecutionHistory JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select an event</source>
        <translation>请选择一个事件</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the step has not finished at this moment</source>
        <translation>此时该步骤尚未完成</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no history to export.</source>
        <translation>没有可导出的历史记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Execution history (*.json)</source>
        <translation>执行历史记录 (*.json)</translation>
    </message>
</context>
<context>
    <name>stepwise::HistoryReplay</name>
    <message>
        <location filename="../editor/run/historyreplay.cpp" line="+132"/>
        <source>The file is not JSON: %1</source>
        <translation>该文件不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no &quot;events&quot; list (GetExecutionHistory output).</source>
        <translation>该文件没有 &quot;events&quot; 列表（GetExecutionHistory 的输出）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>event %1: not an event object with a type</source>
        <translation>事件 %1：不是带 type 的事件对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>event %1 (%2)</source>
        <translation>事件 %1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: an event type Stepwise does not replay yet</source>
        <translation>%1：Stepwise 尚不支持重放此事件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not an event type Step Functions writes</source>
        <translation>%1：不是 Step Functions 会写出的事件类型</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the definition has no state &quot;%2&quot;</source>
        <translation>%1：定义中没有状态 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: names no state, and event %2 before it belongs to none</source>
        <translation>%1：未指定状态，且之前的事件 %2 也不属于任何状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is a %3 state in the definition</source>
        <translation>%1：&quot;%2&quot; 在定义中是 %3 状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; cannot follow &quot;%3&quot; in the definition</source>
        <translation>%1：在定义中 &quot;%2&quot; 不能跟在 &quot;%3&quot; 之后</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The history has no events.</source>
        <translation>历史记录中没有事件。</translation>
    </message>
</context>
<context>
    <name>stepwise::Inspector</name>
    <message numerus="yes">
        <location filename="../editor/inspector/inspector.cpp" line="+89"/>
        <source>%n items selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A loop: edit its condition on the canvas.</source>
        <translation>循环：请在画布上编辑其条件。</translation>
    </message>
</context>
<context>
    <name>stepwise::JsonCheck</name>
    <message>
        <location filename="../editor/run/jsoncheck.cpp" line="+18"/>
        <source>no JSON value</source>
        <translation>没有 JSON 值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>stepwise::JsonField</name>
    <message>
        <location filename="../editor/inspector/jsonfield.cpp" line="+52"/>
        <source>Enter a JSON object: { &quot;key&quot;: value }.</source>
        <translation>请输入 JSON 对象：{ &quot;key&quot;: value }。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>JSON syntax error at %1:%2: %3</source>
        <translation>JSON 语法错误，位于 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>stepwise::JsonTreeView</name>
    <message>
        <location filename="../editor/run/jsontreeview.cpp" line="+29"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the value as JSON</source>
        <translation>以 JSON 复制该值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (cut: copy gives the whole value)</source>
        <translation>%1（已截断：复制可得到完整值）</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n 个字段}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::JsonataMenu</name>
    <message>
        <location filename="../app/jsonatamenu.cpp" line="+34"/>
        <source>Convert to JSONata</source>
        <translation>转换为 JSONata</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n state(s) converted. These stay JSONPath:</source>
        <translation>
            <numerusform>已转换 %n 个状态。以下状态保持 JSONPath：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was converted:</source>
        <translation>没有转换任何内容：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Convert Document to &amp;JSONata</source>
        <translation>将文档转换为 JSONata(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert Document to JSONata</source>
        <translation>将文档转换为 JSONata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert &amp;State to JSONata</source>
        <translation>将状态转换为 JSONata(&amp;S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Convert “%1” to JSONata</source>
        <translation>将“%1”转换为 JSONata</translation>
    </message>
</context>
<context>
    <name>stepwise::LineField</name>
    <message>
        <location filename="../editor/inspector/flatsection.cpp" line="+31"/>
        <source>Enter at most %1.</source>
        <translation>请输入不大于 %1 的数。</translation>
    </message>
    <message>
        <location filename="../editor/inspector/linefield.cpp" line="+36"/>
        <source>Not a valid JSONPath (it starts with $ and names fields).</source>
        <translation>不是有效的 JSONPath（应以 $ 开头并指定字段）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intrinsic functions are only allowed in payload templates.</source>
        <translation>内置函数只能在有效负载模板中使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reference path may not use filters, wildcards or slices.</source>
        <translation>引用路径不能使用筛选器、通配符或切片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResultPath may not name a variable.</source>
        <translation>ResultPath 不能指向变量。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This field may not be empty.</source>
        <translation>此字段不能为空。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of at least %1.</source>
        <translation>请输入不小于 %1 的整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number of at least %1.</source>
        <translation>请输入不小于 %1 的数字。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An empty name in the list: remove the extra comma.</source>
        <translation>列表中有空名称：请删除多余的逗号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not valid JSON (strings need &quot;quotes&quot;).</source>
        <translation>不是有效的 JSON（字符串需要加 &quot;引号&quot;）。</translation>
    </message>
    <message>
        <location filename="../editor/inspector/jsonfield.cpp" line="-24"/>
        <location filename="../editor/inspector/linefield.cpp" line="+20"/>
        <source>A JSONata expression ends with %}.</source>
        <translation>JSONata 表达式以 %} 结尾。</translation>
    </message>
</context>
<context>
    <name>stepwise::MachinesSection</name>
    <message>
        <location filename="../editor/inspector/machinessection.cpp" line="+26"/>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline (in this execution)</source>
        <translation>内联（在本次执行中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributed (child executions)</source>
        <translation>分布式（子执行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution type</source>
        <translation>执行类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item processor</source>
        <translation>项目处理器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add branch</source>
        <translation>添加分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new branch that starts at a Pass state</source>
        <translation>以 Pass 状态开始的新分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove branch</source>
        <translation>删除分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the branch selected in the list, with its states</source>
        <translation>删除列表中选中的分支及其状态</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select the branch to remove in the list.</source>
        <translation>请在列表中选择要删除的分支。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Processor (mode %1)</source>
        <translation>处理器（模式 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starts at %1</source>
        <translation>从 %1 开始</translation>
    </message>
</context>
<context>
    <name>stepwise::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+59"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="+32"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Image...</source>
        <translation>导出图像(&amp;E)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Minimap</source>
        <translation>缩略图(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="-16"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>... and %1 more</source>
        <translation>……以及另外 %1 个</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+25"/>
        <location line="+6"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1 with problems</source>
        <translation>已打开 %1，但存在问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1 with warnings</source>
        <translation>已打开 %1，但有警告</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not saved:

%2</source>
        <translation>%1 未保存：

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1 with warnings</source>
        <translation>已保存 %1，但有警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was saved, but its format cannot keep everything:

%1</source>
        <translation>文件已保存，但其格式无法保留全部内容：

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Workflow</source>
        <translation>打开工作流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflows (*.fz *.asl.json *.json *.yaml *.yml *.stepwise);;FlowZap Code (*.fz);;Amazon States Language (*.asl.json *.json *.yaml *.yml);;Stepwise project (*.stepwise);;All files (*)</source>
        <translation>工作流 (*.fz *.asl.json *.json *.yaml *.yml *.stepwise);;FlowZap Code (*.fz);;Amazon States Language (*.asl.json *.json *.yaml *.yml);;Stepwise 项目 (*.stepwise);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Workflow As</source>
        <translation>工作流另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FlowZap Code (*.fz);;Amazon States Language JSON (*.asl.json);;Amazon States Language YAML (*.asl.yaml);;Stepwise project (*.stepwise)</source>
        <translation>FlowZap Code (*.fz);;Amazon States Language JSON (*.asl.json);;Amazon States Language YAML (*.asl.yaml);;Stepwise 项目 (*.stepwise)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed from the recent list, no longer on disk: %1</source>
        <translation>已从最近文件列表中移除（磁盘上已不存在）：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists and was removed from the recent list.</source>
        <translation>%1 已不存在，已从最近列表中移除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lanes: %1  ·  Nodes: %2  ·  Edges: %3</source>
        <translation>泳道：%1  ·  节点：%2  ·  连线：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="+161"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select states on the canvas to export only them.</source>
        <translation>在画布上选择状态即可只导出这些状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export %1</source>
        <translation>无法导出 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindowpanels.cpp" line="+61"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Up</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Callbacks</source>
        <translation>回调</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Execution History</source>
        <translation>执行历史记录</translation>
    </message>
</context>
<context>
    <name>stepwise::MiniMap</name>
    <message>
        <location filename="../editor/view/minimap.cpp" line="+20"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>stepwise::NodeText</name>
    <message>
        <location filename="../editor/layout/nodetext.cpp" line="+28"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits for callback</source>
        <translation>等待回调</translation>
    </message>
</context>
<context>
    <name>stepwise::ObjectListEditor</name>
    <message>
        <location filename="../editor/inspector/objectlisteditor.cpp" line="+21"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>stepwise::PaletteWidget</name>
    <message>
        <location filename="../editor/palette/palettewidget.cpp" line="+17"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the entries whose name or description contains this</source>
        <translation>只显示名称或说明中包含此文本的条目</translation>
    </message>
</context>
<context>
    <name>stepwise::PanelDocks</name>
    <message>
        <location filename="../app/paneldocks.cpp" line="+15"/>
        <source>Palette</source>
        <translation>工具箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No state types to show yet.</source>
        <translation>暂无可显示的状态类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a state, an edge or a lane to see its properties.</source>
        <translation>选择状态、连线或泳道以查看其属性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems to show.</source>
        <translation>没有可显示的问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The workflow&apos;s text will appear here.</source>
        <translation>工作流的文本将显示在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No edits yet.</source>
        <translation>尚无编辑。</translation>
    </message>
</context>
<context>
    <name>stepwise::ProblemScanner</name>
    <message>
        <location filename="../editor/problems/problemscanner.cpp" line="+73"/>
        <location line="+17"/>
        <source>workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>stepwise::ProblemsPanel</name>
    <message>
        <location filename="../editor/problems/problemspanel.cpp" line="+31"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+92"/>
        <source> (%1:%2)</source>
        <translation> (%1:%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepwise::ProjectReader</name>
    <message>
        <location filename="../model/project/projectreader.cpp" line="+38"/>
        <source>Missing field &quot;%1&quot;.</source>
        <translation>缺少字段 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field &quot;%1&quot; has the wrong type.</source>
        <translation>字段 &quot;%1&quot; 的类型错误。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An object is expected here.</source>
        <translation>此处应为对象。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown statement kind &quot;%1&quot;.</source>
        <translation>未知的语句类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The loop names a node that does not exist.</source>
        <translation>循环指定了不存在的节点。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A breakpoint is a state&apos;s path: [&quot;Parallel&quot;, 0, &quot;State&quot;] or [&quot;State&quot;].</source>
        <translation>断点是状态的路径：[&quot;Parallel&quot;, 0, &quot;State&quot;] 或 [&quot;State&quot;]。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 is zero or used twice.</source>
        <translation>ID %1 为零或被重复使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The node&apos;s lane does not exist.</source>
        <translation>节点所在的泳道不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown shape.</source>
        <translation>未知形状。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A position is [x, y].</source>
        <translation>位置的格式为 [x, y]。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The edge names a node that does not exist.</source>
        <translation>连线指定了不存在的节点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown handle side.</source>
        <translation>未知的连接点方向。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown edge meaning.</source>
        <translation>未知的连线含义。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The statement names an entity that does not exist.</source>
        <translation>语句指定了不存在的实体。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid JSON in the project file: %1</source>
        <translation>项目文件中的 JSON 无效：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The project file cannot be read: %1</source>
        <translation>无法读取项目文件：%1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This is not a Stepwise project file (&quot;format&quot;: &quot;stepwise&quot; is missing).</source>
        <translation>这不是 Stepwise 项目文件（缺少 &quot;format&quot;: &quot;stepwise&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project file has no version.</source>
        <translation>项目文件没有版本号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project was saved by a newer Stepwise (file version %1); this version reads files up to version %2.</source>
        <translation>该项目由较新版本的 Stepwise 保存（文件版本 %1）；此版本只能读取不高于版本 %2 的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown project file version %1.</source>
        <translation>未知的项目文件版本 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file is nested too deeply.</source>
        <translation>项目文件嵌套过深。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file has no document.</source>
        <translation>项目文件中没有文档。</translation>
    </message>
</context>
<context>
    <name>stepwise::Recovery</name>
    <message>
        <location filename="../app/recovery.cpp" line="+120"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot lock the recovery file</source>
        <translation>无法锁定恢复文件</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>an untitled workflow</source>
        <translation>未命名工作流</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stepwise did not close normally. Unsaved work on %1 from %2 was kept.

Recover it?</source>
        <translation>Stepwise 上次未正常关闭。已保留 %2 时对 %1 所做的未保存工作。

是否恢复？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (recovered)[*]</source>
        <translation>%1（已恢复）[*]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>stepwise::RenderCommand</name>
    <message>
        <location filename="../app/rendercommand.cpp" line="+16"/>
        <source>Usage: stepwise render IN OUT [--scale N] [--transparent] [--theme light|dark]
Draws the workflow IN (.fz, .asl.json/.json, .asl.yaml/.yml, .stepwise) as the
window shows it and writes OUT; its type follows the name: .png, .svg or .pdf.
Needs no display. On failure OUT is left as it was.
  --scale N        PNG pixels per diagram pixel, e.g. 2 or 4 (default 1)
  --transparent    no background behind the lanes
  --theme NAME     light (default) or dark colours
</source>
        <translation>用法： stepwise render IN OUT [--scale N] [--transparent] [--theme light|dark]
按窗口中的样子绘制工作流 IN（.fz、.asl.json/.json、.asl.yaml/.yml、.stepwise），
并写出 OUT；其类型由文件名决定：.png、.svg 或 .pdf。
无需显示器。失败时 OUT 保持不变。
  --scale N        每个图表像素对应的 PNG 像素数，例如 2 或 4（默认 1）
  --transparent    泳道后面不绘制背景
  --theme NAME     light（默认）或 dark 配色
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;stepwise render --help&apos; for more information.</source>
        <translation>运行 &apos;stepwise render --help&apos; 获取更多信息。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>选项 &apos;%1&apos; 需要一个值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--scale takes a number above 0 and up to 16, not &apos;%1&apos;</source>
        <translation>--scale 接受大于 0 且不超过 16 的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme takes light or dark, not &apos;%1&apos;</source>
        <translation>--theme 接受 light 或 dark，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render needs an input and an output file</source>
        <translation>render 需要一个输入文件和一个输出文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown image type; use .png, .svg or .pdf</source>
        <translation>%1：未知的图像类型；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>render needs a graphics application</source>
        <translation>render 需要图形应用程序对象</translation>
    </message>
</context>
<context>
    <name>stepwise::RetryCatchSection</name>
    <message>
        <location filename="../editor/inspector/retrycatchsection.cpp" line="+22"/>
        <source>Retrier</source>
        <translation>重试器</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Interval (s)</source>
        <translation>间隔（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max attempts</source>
        <translation>最大尝试次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backoff rate</source>
        <translation>退避率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max delay (s)</source>
        <translation>最大延迟（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Catcher</source>
        <translation>捕获器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result path</source>
        <translation>结果路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign</source>
        <translation>赋值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catch</source>
        <translation>Catch</translation>
    </message>
</context>
<context>
    <name>stepwise::RunActions</name>
    <message>
        <location filename="../editor/run/runactions.cpp" line="+22"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Start…</source>
        <translation>开始(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;History…</source>
        <translation>打开历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Open Execution History</source>
        <translation>打开执行历史记录</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Execution history (*.json);;All files (*)</source>
        <translation>执行历史记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay a history exported from AWS (get-execution-history) on this definition</source>
        <translation>在此定义上重放从 AWS 导出的历史记录（get-execution-history）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>切换断点(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waits in &amp;Real Time</source>
        <translation>按真实时间等待(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fast-forward</source>
        <translation>快进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 events/s, ×10</source>
        <translation>每秒 20 个事件，×10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 events/s, ×1</source>
        <translation>每秒 5 个事件，×1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event/s, ×0.5</source>
        <translation>每秒 1 个事件，×0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run speed (Ctrl+Alt+1 to 4)</source>
        <translation>运行速度（Ctrl+Alt+1 至 4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peed</source>
        <translation>速度(&amp;P)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not replay on this definition:
%2</source>
        <translation>%1 无法在此定义上重放：
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n event(s) of %1 do not fit this definition and are left out:</source>
        <translation>
            <numerusform>%1 中有 %n 个事件与此定义不符，已略去：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start Execution</source>
        <translation>启动执行</translation>
    </message>
</context>
<context>
    <name>stepwise::RunBridge</name>
    <message>
        <location filename="../app/runbridge.cpp" line="+33"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1：文件大于 %2 MiB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: unknown file type (expected .json, .asl.json, .fz, .yaml or .stepwise)</source>
        <translation>%1：未知的文件类型（应为 .json、.asl.json、.fz、.yaml 或 .stepwise）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: reading this format is not supported yet</source>
        <translation>%1：尚不支持读取此格式</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document has no ASL view the runtime can execute yet</source>
        <translation>文档还没有运行时可执行的 ASL 视图</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the document&apos;s ASL view is not valid JSON: %1</source>
        <translation>文档的 ASL 视图不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>stepwise::RunCommand</name>
    <message>
        <location filename="../app/runcommand.cpp" line="+64"/>
        <source>%1: a script must be a JSON object keyed by state name</source>
        <translation>%1：脚本必须是以状态名称为键的 JSON 对象</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>usage: stepwise run DEF [--input FILE|-] [--mock-config FILE --test-case NAME]
         [--callbacks approve|reject|SCRIPT.json]
         [--choices first|cycle|random[:SEED]|SCRIPT.json]
         [--history OUT.json] [--max-events N] [--envelope]
DEF is ASL (.asl.json, .json, .asl.yaml), FlowZap Code (.fz) or a .stepwise file.
--choices cycle takes each edge in turn on successive visits of a choice;
--history streams the events to OUT.json as they happen.
--max-events stops the run at N events (default 25000, AWS&apos;s quota).
Prints the output JSON; exit 0 succeeded, 3 failed, 4 timed out or aborted,
1 invalid definition or input, 2 usage.
</source>
        <translation>用法： stepwise run DEF [--input FILE|-] [--mock-config FILE --test-case NAME]
         [--callbacks approve|reject|SCRIPT.json]
         [--choices first|cycle|random[:SEED]|SCRIPT.json]
         [--history OUT.json] [--max-events N] [--envelope]
DEF 为 ASL（.asl.json、.json、.asl.yaml）、FlowZap Code（.fz）或 .stepwise 文件。
--choices cycle 在每次经过同一选择状态时依次走下一条连线；
--history 在事件发生时将其逐条写入 OUT.json。
--max-events 在达到 N 个事件时停止运行（默认 25000，即 AWS 的配额）。
输出结果 JSON；退出码：0 成功，3 失败，4 超时或中止，
1 定义或输入无效，2 用法错误。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stepwise run: %1</source>
        <translation>stepwise run: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a valid value</source>
        <translation>%1 需要有效的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no definition file given</source>
        <translation>未指定定义文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mock-config and --test-case go together</source>
        <translation>--mock-config 和 --test-case 必须一起使用</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: test case &apos;%2&apos; mocks the state &apos;%3&apos;, which the definition does not have</source>
        <translation>%1：测试用例 &apos;%2&apos; 模拟了状态 &apos;%3&apos;，但定义中没有该状态</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--choices random:SEED needs a whole number</source>
        <translation>--choices random:SEED 需要整数</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the task &apos;%1&apos; waits for a callback (answer it with --callbacks)</source>
        <translation>任务 &apos;%1&apos; 正在等待回调（请用 --callbacks 应答）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the callback script&apos;s answer for &apos;%1&apos; is refused: %2</source>
        <translation>回调脚本对 &apos;%1&apos; 的应答被拒绝：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; waits for a choice (make it with --choices)</source>
        <translation>&apos;%1&apos; 正在等待选择（请用 --choices 指定）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stepwise run: %1; aborting</source>
        <translation>stepwise run: %1；正在中止</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>stepwise::RunController</name>
    <message>
        <location filename="../editor/run/runcontroller.cpp" line="+70"/>
        <source>There is no document to run.</source>
        <translation>没有可运行的文档。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+88"/>
        <source>The document cannot run.</source>
        <translation>文档无法运行。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Input: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mock config: %1</source>
        <translation>模拟配置：%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no document to replay the history on.</source>
        <translation>没有可重放历史记录的文档。</translation>
    </message>
    <message>
        <location filename="../editor/run/runcontrolleractions.cpp" line="+166"/>
        <source>Stopped by the user</source>
        <translation>由用户停止</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+17"/>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>No execution is running.</source>
        <translation>没有正在运行的执行。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approved with %1</source>
        <translation>已批准，输出 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rejected: %1 (%2)</source>
        <translation>已拒绝：%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>heartbeat</source>
        <translation>检测信号</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This callback has no deadline.</source>
        <translation>此回调没有截止时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pending callback has this token.</source>
        <translation>没有待处理的回调使用此令牌。</translation>
    </message>
</context>
<context>
    <name>stepwise::RunDefinition</name>
    <message>
        <location filename="../editor/run/rundefinition.cpp" line="+28"/>
        <source>The document has no ASL view the runtime can execute yet.</source>
        <translation>文档还没有运行时可执行的 ASL 视图。</translation>
    </message>
</context>
<context>
    <name>stepwise::RunEditGuard</name>
    <message>
        <location filename="../editor/run/runeditguard.cpp" line="+32"/>
        <source>Execution Open</source>
        <translation>执行已打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is read-only while an execution is shown. Stop the execution and keep this edit?</source>
        <translation>显示执行时文档为只读。是否停止该执行并保留此编辑？</translation>
    </message>
</context>
<context>
    <name>stepwise::RunOverlay</name>
    <message>
        <location filename="../editor/run/runoverlay.cpp" line="+82"/>
        <source>Follow:</source>
        <translation>跟随：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Parallel or Map state whose branch or iteration the canvas shows on its own</source>
        <translation>画布单独显示其分支或迭代的 Parallel 或 Map 状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The iteration (or branch) index to follow; &quot;all&quot; shows every iteration together</source>
        <translation>要跟随的迭代（或分支）索引；“全部”同时显示所有迭代</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused at a breakpoint</source>
        <translation>在断点处暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a callback</source>
        <translation>等待回调</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a choice</source>
        <translation>等待选择</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay: %1</source>
        <translation>回放：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · event %2 · %3</source>
        <translation>%1 · 事件 %2 · %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(every container)</source>
        <translation>（所有容器）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 running, %2 done, %3 failed of %4</source>
        <translation>共 %4 个：%1 个运行中，%2 个已完成，%3 个失败</translation>
    </message>
</context>
<context>
    <name>stepwise::RunScreenshot</name>
    <message>
        <location filename="../app/runscreenshot.cpp" line="+26"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 needs a number, not &apos;%2&apos;</source>
        <translation>%1 需要一个数字，而不是“%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the window has no run controller</source>
        <translation>窗口没有运行控制器</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no Map or Parallel to follow</source>
        <translation>没有可跟随的 Map 或 Parallel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the window has no history panel</source>
        <translation>窗口没有历史面板</translation>
    </message>
</context>
<context>
    <name>stepwise::RunStatus</name>
    <message>
        <location filename="../editor/run/runstatus.cpp" line="+11"/>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caught</source>
        <translation>已捕获</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a callback</source>
        <translation>等待回调</translation>
    </message>
</context>
<context>
    <name>stepwise::SamWriter</name>
    <message>
        <location filename="../model/asl/samwriter.cpp" line="+74"/>
        <source>Value substituted for the placeholder %1 in the definition</source>
        <translation>定义中占位符 %1 的替换值</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write the SAM template: %1</source>
        <translation>无法写出 SAM 模板：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid YAML: %1</source>
        <translation>无效的 YAML：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The template has no AWS::Serverless::StateMachine resource with an inline Definition.</source>
        <translation>模板中没有带内联 Definition 的 AWS::Serverless::StateMachine 资源。</translation>
    </message>
</context>
<context>
    <name>stepwise::SaveInputCommand</name>
    <message>
        <location filename="../editor/run/saveinputcommand.cpp" line="+9"/>
        <source>Save Input %1</source>
        <translation>保存输入 %1</translation>
    </message>
</context>
<context>
    <name>stepwise::SceneContextMenu</name>
    <message>
        <location filename="../editor/scene/scenecontextmenu.cpp" line="+36"/>
        <source>Meaning in ASL</source>
        <translation>ASL 中的含义</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Catch &amp;Errors...</source>
        <translation>捕获错误(&amp;E)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch Errors</source>
        <translation>捕获错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error names, separated by commas:</source>
        <translation>错误名称，以逗号分隔：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;Label</source>
        <translation>编辑标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpand</source>
        <translation>展开(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse</source>
        <translation>折叠(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;Branch</source>
        <translation>添加分支(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove B&amp;ranch</source>
        <translation>删除分支(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch %1 (this one)</source>
        <translation>分支 %1（当前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Align</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Centre</source>
        <translation>水平居中(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle</source>
        <translation>垂直居中(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Distribute</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tidy Up</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
</context>
<context>
    <name>stepwise::SceneEditor</name>
    <message>
        <location filename="../editor/scene/sceneeditor.cpp" line="+55"/>
        <source>&quot;%1&quot; cannot be done here.</source>
        <translation>此处无法执行 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; could not be applied.</source>
        <translation>无法应用 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; could not be applied: %2</source>
        <translation>无法应用 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add state in a new lane</source>
        <translation>在新泳道中添加状态</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Nothing is selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A state cannot be connected to itself.</source>
        <translation>状态不能连接到自身。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lane %1</source>
        <translation>泳道 %1</translation>
    </message>
    <message>
        <location filename="../editor/scene/sceneeditorarrange.cpp" line="+43"/>
        <source>Select at least two states to align.</source>
        <translation>请至少选择两个状态进行对齐。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centre</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align %1 states %2</source>
        <translation>将 %1 个状态%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select at least three states to distribute.</source>
        <translation>请至少选择三个状态进行分布。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The states are evenly spaced already.</source>
        <translation>这些状态的间距已经均匀。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distribute %1 states horizontally</source>
        <translation>水平分布 %1 个状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute %1 states vertically</source>
        <translation>垂直分布 %1 个状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edge cannot mean that.</source>
        <translation>该连线不能具有此含义。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A catcher needs at least one error name.</source>
        <translation>捕获器至少需要一个错误名称。</translation>
    </message>
    <message>
        <location filename="../editor/scene/sceneeditorclipboard.cpp" line="+36"/>
        <source>Select states to copy.</source>
        <translation>请选择要复制的状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cut 1 state</source>
        <translation>剪切 1 个状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut %1 states</source>
        <translation>剪切 %1 个状态</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select states to duplicate.</source>
        <translation>请选择要创建副本的状态。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The states cannot be duplicated here.</source>
        <translation>无法在此处为这些状态创建副本。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a lane before pasting states.</source>
        <translation>请先添加泳道，再粘贴状态。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is nothing to paste here.</source>
        <translation>此处没有可粘贴的内容。</translation>
    </message>
</context>
<context>
    <name>stepwise::SceneInteraction</name>
    <message>
        <location filename="../editor/scene/sceneinteractioncontainers.cpp" line="+97"/>
        <source>Drag one state at a time into or out of a Parallel branch or Map processor.</source>
        <translation>每次只能将一个状态拖入或拖出 Parallel 分支或 Map 处理器。</translation>
    </message>
</context>
<context>
    <name>stepwise::SectionFactory</name>
    <message>
        <location filename="../editor/inspector/sectionfactory.cpp" line="+51"/>
        <source>Enter a timestamp such as 2024-05-01T12:00:00Z.</source>
        <translation>请输入时间戳，例如 2024-05-01T12:00:00Z。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout path</source>
        <translation>超时路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat (s)</source>
        <translation>检测信号（秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heartbeat path</source>
        <translation>检测信号路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds path</source>
        <translation>秒数路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp path</source>
        <translation>时间戳路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error path</source>
        <translation>错误路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause path</source>
        <translation>原因路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items path</source>
        <translation>项目路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item selector</source>
        <translation>项目选择器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max concurrency path</source>
        <translation>最大并发数路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolerated failures</source>
        <translation>容许失败数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolerated failures (%)</source>
        <translation>容许失败百分比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerated failures path</source>
        <translation>容许失败数路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolerated failures (%) path</source>
        <translation>容许失败百分比路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reader</source>
        <translation>项目读取器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item batcher</source>
        <translation>项目批处理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result writer</source>
        <translation>结果写入器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Arguments</source>
        <translation>调用参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input path</source>
        <translation>输入路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result selector</source>
        <translation>结果选择器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result path</source>
        <translation>结果路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output path</source>
        <translation>输出路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign</source>
        <translation>赋值</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Input and output</source>
        <translation>输入和输出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lambda: invoke</source>
        <translation>Lambda：调用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lambda: invoke, wait for callback</source>
        <translation>Lambda：调用并等待回调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQS: send message</source>
        <translation>SQS：发送消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQS: send, wait for callback</source>
        <translation>SQS：发送并等待回调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNS: publish</source>
        <translation>SNS：发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNS: publish, wait for callback</source>
        <translation>SNS：发布并等待回调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynamoDB: get item</source>
        <translation>DynamoDB：获取项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynamoDB: put item</source>
        <translation>DynamoDB：写入项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynamoDB: update item</source>
        <translation>DynamoDB：更新项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynamoDB: delete item</source>
        <translation>DynamoDB：删除项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP: call an API</source>
        <translation>HTTP：调用 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Functions: start execution</source>
        <translation>Step Functions：启动执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Functions: run and wait</source>
        <translation>Step Functions：运行并等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step Functions: start, wait for callback</source>
        <translation>Step Functions：启动并等待回调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS: run task and wait</source>
        <translation>ECS：运行任务并等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glue: run job and wait</source>
        <translation>Glue：运行作业并等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch: submit job and wait</source>
        <translation>Batch：提交作业并等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EventBridge: put events</source>
        <translation>EventBridge：发送事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EventBridge: put events, wait for callback</source>
        <translation>EventBridge：发送事件并等待回调</translation>
    </message>
</context>
<context>
    <name>stepwise::StartDialog</name>
    <message>
        <location filename="../editor/run/startdialog.cpp" line="+21"/>
        <source>Start Execution</source>
        <translation>启动执行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(typed input)</source>
        <translation>（手动输入）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name to save this input under</source>
        <translation>保存此输入所用的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Input</source>
        <translation>保存输入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved inputs:</source>
        <translation>已保存的输入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input JSON:</source>
        <translation>输入 JSON：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mock config:</source>
        <translation>模拟配置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test case:</source>
        <translation>测试用例：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mock Config File</source>
        <translation>模拟配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>stepwise::StateClipboard</name>
    <message>
        <location filename="../editor/clipboard/stateclipboard.cpp" line="+135"/>
        <source>The clipboard is empty.</source>
        <translation>剪贴板为空。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>The clipboard holds no states.</source>
        <translation>剪贴板中没有状态。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The clipboard&apos;s JSON is not a state machine.</source>
        <translation>剪贴板中的 JSON 不是状态机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s ASL does not parse: %1</source>
        <translation>无法解析剪贴板中的 ASL：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard&apos;s FlowZap Code does not parse: %1</source>
        <translation>无法解析剪贴板中的 FlowZap Code：%1</translation>
    </message>
</context>
<context>
    <name>stepwise::Theme</name>
    <message>
        <location filename="../app/theme.cpp" line="+39"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>stepwise::ToJsonata</name>
    <message>
        <location filename="../model/convert/tojsonatadocument.cpp" line="+106"/>
        <source>The selection is not an ASL state.</source>
        <translation>所选内容不是 ASL 状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already a JSONata state.</source>
        <translation>%1 已经是 JSONata 状态。</translation>
    </message>
</context>
<context>
    <name>stepwise::ToggleBreakpointCommand</name>
    <message>
        <location filename="../editor/run/togglebreakpointcommand.cpp" line="+18"/>
        <source>Clear Breakpoint on %1</source>
        <translation>清除 %1 上的断点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Breakpoint on %1</source>
        <translation>在 %1 上设置断点</translation>
    </message>
</context>
<context>
    <name>stepwise::Workflow</name>
    <message>
        <location filename="../model/workflow.cpp" line="+114"/>
        <location filename="../model/workflowstates.cpp" line="+23"/>
        <location line="+12"/>
        <source>There is no such branch.</source>
        <translation>不存在此分支。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>A lane needs an identifier without spaces.</source>
        <translation>泳道需要不含空格的标识符。</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+90"/>
        <source>A lane named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的泳道。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The lane id is already in use.</source>
        <translation>该泳道 ID 已被使用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+17"/>
        <location line="+37"/>
        <location filename="../model/workflowcontainers.cpp" line="+136"/>
        <location filename="../model/workflowitems.cpp" line="+216"/>
        <source>There is no such lane.</source>
        <translation>不存在此泳道。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Only an empty lane can be removed; move or delete its nodes first.</source>
        <translation>只能移除空泳道；请先移动或删除其中的节点。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lane holds a loop of other lanes&apos; nodes; remove it first.</source>
        <translation>该泳道包含由其他泳道节点组成的循环；请先移除该循环。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The lane cannot move there.</source>
        <translation>泳道无法移动到该位置。</translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="-75"/>
        <location filename="../model/workflowlookup.cpp" line="+173"/>
        <location filename="../model/workflowstates.cpp" line="-109"/>
        <source>There is no such node.</source>
        <translation>不存在此节点。</translation>
    </message>
    <message>
        <location filename="../model/workflowlookup.cpp" line="+8"/>
        <source>There is no such edge.</source>
        <translation>不存在此连线。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such loop.</source>
        <translation>不存在此循环。</translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="-57"/>
        <source>A state needs a name and a type.</source>
        <translation>状态需要名称和类型。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A node must belong to an existing lane.</source>
        <translation>节点必须属于现有泳道。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node id is already in use.</source>
        <translation>该节点 ID 已被使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+156"/>
        <source>The node identifier &quot;%1&quot; is already in use.</source>
        <translation>节点标识符 &quot;%1&quot; 已被使用。</translation>
    </message>
    <message>
        <location line="-153"/>
        <location filename="../model/workflowstates.cpp" line="-31"/>
        <source>A state needs a name.</source>
        <translation>状态需要名称。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove the node&apos;s edges before the node.</source>
        <translation>请先移除节点的连线，再移除节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the node from its loops before the node.</source>
        <translation>请先将节点从其所在循环中移除，再移除节点。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A state cannot move out of its machine (Parallel branch or Map).</source>
        <translation>状态不能移出其所在状态机（Parallel 分支或 Map）。</translation>
    </message>
    <message>
        <location filename="../model/workflowcontainers.cpp" line="-56"/>
        <source>The state name &quot;%1&quot; is used twice in &quot;%2&quot;.</source>
        <translation>状态名“%1”在“%2”中使用了两次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/workflowitems.cpp" line="-157"/>
        <source>A state named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的状态。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Only ASL states move into or out of a Parallel branch or Map processor.</source>
        <translation>只有 ASL 状态可以移入或移出 Parallel 分支或 Map 处理器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot go into its own branches.</source>
        <translation>“%1”不能放入自己的分支。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A state named &quot;%1&quot; already exists; rename one of them first.</source>
        <translation>已存在名为“%1”的状态；请先重命名其中一个。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only a Parallel or Map state with branches can be collapsed.</source>
        <translation>只有带分支的 Parallel 或 Map 状态可以折叠。</translation>
    </message>
    <message>
        <location filename="../model/workflowstates.cpp" line="-74"/>
        <source>A state name must have 1 to 80 characters.</source>
        <translation>状态名称必须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; has no ASL state to rename; edit its label.</source>
        <translation>&quot;%1&quot; 没有可重命名的 ASL 状态；请编辑其标签。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A state keeps a type; delete the state instead.</source>
        <translation>状态必须保留类型；如需移除，请删除该状态。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the node&apos;s edges to states before giving it an ASL state; connect it again afterwards.</source>
        <translation>为节点设置 ASL 状态前，请先移除其通往状态的连线；之后再重新连接。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A Map state has one processor.</source>
        <translation>Map 状态只有一个处理器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only Parallel and Map states hold branches.</source>
        <translation>只有 Parallel 和 Map 状态包含分支。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The top-level fields must be a JSON object.</source>
        <translation>顶层字段必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../model/workflowtransitions.cpp" line="+240"/>
        <source>An edge must join two existing nodes.</source>
        <translation>连线必须连接两个现有节点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/workflowtransitions.cpp" line="+2"/>
        <source>An edge cannot leave its machine (a Parallel branch or Map processor).</source>
        <translation>连线不能离开其所在状态机（Parallel 分支或 Map 处理器）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../model/workflowtransitions.cpp" line="-58"/>
        <source>The start leads to a state.</source>
        <translation>起点只能通向状态。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only Next can become End.</source>
        <translation>只有 Next 可以变为 End。</translation>
    </message>
    <message>
        <location filename="../model/workflowitems.cpp" line="+241"/>
        <source>The edge id is already in use.</source>
        <translation>该连线 ID 已被使用。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A loop needs at least two nodes.</source>
        <translation>循环至少需要两个节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A loop may only name existing nodes.</source>
        <translation>循环只能指定现有节点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>A loop may only name nodes of one machine.</source>
        <translation>循环只能指定同一状态机中的节点。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The loop id is already in use.</source>
        <translation>该循环 ID 已被使用。</translation>
    </message>
    <message>
        <location filename="../model/workflowtransitions.cpp" line="-6"/>
        <source>Only an edge from an ASL state has this meaning.</source>
        <translation>只有从 ASL 状态出发的连线才有此含义。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The machine has a start edge already; reconnect that one.</source>
        <translation>状态机已有起始连线；请重新连接那条连线。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start edge leaves the start marker, not a state.</source>
        <translation>起始连线从开始标记出发，而不是从状态出发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no ASL state to lead to.</source>
        <translation>&quot;%1&quot; 没有可通向的 ASL 状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 state ends the machine; nothing can follow it.</source>
        <translation>%1 状态会结束状态机；其后不能再有任何状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Choice state cannot end the machine.</source>
        <translation>Choice 状态不能结束状态机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only End leads to the end.</source>
        <translation>只有 End 通向终点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End leads to the end marker, not to a state.</source>
        <translation>End 通向结束标记，而不是状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Choice state leads on by its rules and Default.</source>
        <translation>Choice 状态通过其规则和 Default 继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a Choice state has rules and a Default.</source>
        <translation>只有 Choice 状态有规则和 Default。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only Task, Parallel and Map states catch errors.</source>
        <translation>只有 Task、Parallel 和 Map 状态可以捕获错误。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; already has a Next; reconnect that edge or choose Catch.</source>
        <translation>&quot;%1&quot; 已有 Next；请重新连接那条连线，或选择 Catch。</translation>
    </message>
</context>
</TS>
