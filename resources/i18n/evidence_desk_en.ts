<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>使用的目录：《%1》（%2，版本 %3，%4 项）</source>
        <translation>Catalog in use: &quot;%1&quot; (%2, version %3, %4 items)</translation>
    </message>
    <message>
        <source>尚未选择目录。</source>
        <translation>No catalog chosen yet.</translation>
    </message>
    <message>
        <source>数据文件夹：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>关于印证资料报送</source>
        <translation>About Evidence Desk</translation>
    </message>
    <message>
        <source>印证资料报送</source>
        <translation>Evidence Desk</translation>
    </message>
    <message>
        <source>法治政府建设示范创建印证资料的收集、打印与报送。</source>
        <translation>Collect, print and submit the evidence for the rule-of-law government demonstration assessment.</translation>
    </message>
    <message>
        <source>本程序按 Apache-2.0 许可证发布。界面字体：文泉驿微米黑（Apache-2.0）。使用 Qt（LGPL-3.0）和 PySide6。</source>
        <translation>Released under the Apache-2.0 licence. Interface font: WenQuanYi Micro Hei (Apache-2.0). Built with Qt (LGPL-3.0) and PySide6.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>选择指标目录</source>
        <translation>Choose the indicator catalog</translation>
    </message>
    <message>
        <source>指标目录是依法治市办下发的《指标体系任务分解》。一般使用内置目录即可。</source>
        <translation>The catalog is the indicator breakdown issued by the rule-of-law office. The built-in one is usually right.</translation>
    </message>
    <message>
        <source>从依法治市办下发的表格导入目录：此功能将在后续版本中提供。现在可用命令行 catalog import 导入并保存，保存后会出现在上面的列表中。</source>
        <translation>Importing the office&apos;s spreadsheet comes in a later version. For now, import and save it with the command line (catalog import); saved catalogs appear in the list above.</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>填报人和联系方式</source>
        <translation>Staff and contact</translation>
    </message>
    <message>
        <source>这些信息印在封面上，依法治市办审核时用来联系本单位。以后可以在“设置”中修改。</source>
        <translation>Printed on the cover; the office uses it to contact your unit during review. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>填报人：</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>整理资料的工作人员姓名</source>
        <translation>Name of the person collecting the evidence</translation>
    </message>
    <message>
        <source>联系人：</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>依法治市办联系本单位时找谁</source>
        <translation>Whom the office should ask for</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>手机或座机，如 0356-1234567</source>
        <translation>Mobile or landline, e.g. 0356-1234567</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>程序内部出错（%1），您的数据没有受到影响。</source>
        <translation>An internal error occurred (%1). Your data is not affected.</translation>
    </message>
    <message>
        <source>详细信息已记录在：%1
请把这个文件发给技术支持。</source>
        <translation>The details were saved to: %1
Please send this file to technical support.</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>电话号码只能包含数字、空格、“-”、括号、“+”和“转”。</source>
        <translation>A phone number may contain only digits, spaces, &quot;-&quot;, brackets, &quot;+&quot; and &quot;转&quot; (extension).</translation>
    </message>
    <message>
        <source>电话号码太短：至少 7 位数字（座机请带区号）。</source>
        <translation>The phone number is too short: at least 7 digits (add the area code for a landline).</translation>
    </message>
    <message>
        <source>电话号码太长，请检查是否多输入了数字。</source>
        <translation>The phone number is too long; please check for extra digits.</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>%1
%2 · 版本 %3 · %4 项 · %5</source>
        <translation>%1
%2 · version %3 · %4 items · %5</translation>
    </message>
    <message>
        <source>（又称：%1）</source>
        <translation>(also: %1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>没有找到这个单位。请换个写法，例如只输入“司法”。</source>
        <translation>No such unit. Try part of the name, e.g. &quot;司法&quot;.</translation>
    </message>
    <message>
        <source>%1：表中直接写明本单位的指标有 %2 项。</source>
        <translation>%1: the table names this unit directly for %2 indicators.</translation>
    </message>
    <message>
        <source>按现在的选择，本单位负责 %1 项指标（直接写明本单位的 %2 项，因所属类别增加 %3 项）。</source>
        <translation>With this choice your unit is responsible for %1 indicators (%2 naming it directly, %3 more through its groups).</translation>
    </message>
    <message>
        <source>单位：%1
所属类别：%2
目录：%3</source>
        <translation>Unit: %1
Groups: %2
Catalog: %3</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>设置本单位信息</source>
        <translation>Set up your unit</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>本单位属于哪些类别</source>
        <translation>Which groups does your unit belong to?</translation>
    </message>
    <message>
        <source>表中有些指标的责任单位写的是类别（如“各行政执法单位”）。勾选本单位所属的类别，这些指标也会列为本单位的指标。</source>
        <translation>Some indicators name a group of units (such as &quot;各行政执法单位&quot;, all law-enforcement units). Tick the groups your unit belongs to; their indicators become yours too.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1
%2
状态：%3；材料条目 %4/%5 已齐</source>
        <translation>%1
%2
Status: %3; %4 of %5 material items complete</translation>
    </message>
    <message>
        <source>%1
已完成 %2/%3 项（%4%）</source>
        <translation>%1
%2 of %3 done (%4%)</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>材料条目 %1/%2 已齐</source>
        <translation>%1 of %2 items complete</translation>
    </message>
    <message>
        <source>（原表未列二级指标名称）</source>
        <translation>(no second-level title in the source table)</translation>
    </message>
    <message>
        <source>（原表未写具体资料报送要求。）</source>
        <translation>(The source table states no requested materials.)</translation>
    </message>
    <message>
        <source>（原表未列明责任单位）</source>
        <translation>(no responsible unit in the source table)</translation>
    </message>
    <message>
        <source>（本单位）</source>
        <translation> (your unit)</translation>
    </message>
    <message>
        <source>（本单位所属类别）</source>
        <translation> (your unit&apos;s group)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>牵头：</source>
        <translation>Lead: </translation>
    </message>
    <message>
        <source>配合：</source>
        <translation>Assisting: </translation>
    </message>
    <message>
        <source>与第%1项合并提供</source>
        <translation>Submitted together with indicators %1</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>与以下指标共用材料：</source>
        <translation>Shares materials with: </translation>
    </message>
    <message>
        <source>合并提供的材料只需添加一次，会同时显示在这些指标下。</source>
        <translation>Shared materials are added once and appear under every one of these indicators.</translation>
    </message>
    <message>
        <source>材料条目（%1 条）</source>
        <translation>Material items (%1)</translation>
    </message>
    <message>
        <source>材料条目：原表没有列出可拆分的材料条目</source>
        <translation>Material items: the source table lists none</translation>
    </message>
    <message>
        <source>本项单独报送的材料</source>
        <translation>Materials for this indicator alone</translation>
    </message>
    <message>
        <source>第%1项合并报送的材料</source>
        <translation>Materials shared by indicators %1</translation>
    </message>
    <message>
        <source>写明本项工作的开展情况。输入即自动保存，不需要点“保存”。</source>
        <translation>Describe how this work was carried out. Saved as you type; there is no Save button.</translation>
    </message>
    <message>
        <source>打开工作区后，可在这里填写情况说明（输入即自动保存）。</source>
        <translation>Open a workspace to write the statement here (saved as you type).</translation>
    </message>
    <message>
        <source>当前只显示目录内容：尚未打开工作区。</source>
        <translation>Showing the catalog only: no workspace is open.</translation>
    </message>
    <message>
        <source>一级指标：</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>二级指标：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>具体资料报送（原文）</source>
        <translation>Requested materials (original text)</translation>
    </message>
    <message>
        <source>材料条目</source>
        <translation>Material items</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>加分项%1</source>
        <translation>Bonus %1</translation>
    </message>
    <message>
        <source>否决项%1</source>
        <translation>Veto %1</translation>
    </message>
    <message>
        <source>任务%1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>第%1项</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>任选 %1%2</source>
        <translation>any %1</translation>
    </message>
    <message>
        <source>数量 %1%2</source>
        <translation>%1 required</translation>
    </message>
    <message>
        <source>%1年以来</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>需填网址</source>
        <translation>web address</translation>
    </message>
    <message>
        <source>需联系方式</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>实地核查</source>
        <translation>on-site check</translation>
    </message>
    <message>
        <source>合并提供</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>%1/%2%3</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>打开工作区后可用。</source>
        <translation>Available once a workspace is open.</translation>
    </message>
    <message>
        <source>本单位的指标（%1）</source>
        <translation>My unit&apos;s (%1)</translation>
    </message>
    <message>
        <source>全部指标（%1）</source>
        <translation>All indicators (%1)</translation>
    </message>
    <message>
        <source>未选择单位</source>
        <translation>no unit chosen</translation>
    </message>
    <message>
        <source>印证资料报送 — %1</source>
        <translation>Evidence Desk — %1</translation>
    </message>
    <message>
        <source>%1 · 目录：%2</source>
        <translation>%1 · catalog: %2</translation>
    </message>
    <message>
        <source>显示 %1 项，共 %2 项</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>打开工作区后才能添加文件。</source>
        <translation>Open a workspace to add files.</translation>
    </message>
    <message>
        <source>选择要添加的文件</source>
        <translation>Choose files to add</translation>
    </message>
    <message>
        <source>印证资料 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)</source>
        <translation>Evidence (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>选择 PDF 文件</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>（还没有打开过工作区）</source>
        <translation>(no workspace opened yet)</translation>
    </message>
    <message>
        <source>印证资料报送</source>
        <translation>Evidence Desk</translation>
    </message>
    <message>
        <source>搜索指标内容、材料要求…（Ctrl+F）</source>
        <translation>Search indicators and requested materials… (Ctrl+F)</translation>
    </message>
    <message>
        <source>只看本单位负责的指标，或查看全部指标</source>
        <translation>Only your unit&apos;s indicators, or all of them</translation>
    </message>
    <message>
        <source>按完成情况筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近的工作区(&amp;R)</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>把文件添加到所选材料条目（Ctrl+O）</source>
        <translation>Add files to the selected material item (Ctrl+O)</translation>
    </message>
    <message>
        <source>预览 PDF 文件(&amp;V)…</source>
        <translation>Pre&amp;view a PDF file…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印封面、目录和印证资料（Ctrl+P）</source>
        <translation>Print covers, contents and evidence (Ctrl+P)</translation>
    </message>
    <message>
        <source>导出报送包(&amp;E)…</source>
        <translation>&amp;Export submission…</translation>
    </message>
    <message>
        <source>导出报送给依法治市办的资料包（Ctrl+E）</source>
        <translation>Export the package for the rule-of-law office (Ctrl+E)</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>总览(&amp;O)</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>查看总体进度和截止时间（Ctrl+1）</source>
        <translation>Overall progress and deadline (Ctrl+1)</translation>
    </message>
    <message>
        <source>只看本单位的指标(&amp;M)</source>
        <translation>Only &amp;my unit&apos;s indicators</translation>
    </message>
    <message>
        <source>关于印证资料报送(&amp;A)</source>
        <translation>&amp;About Evidence Desk</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>MaterialCard</name>
    <message>
        <source>把更多文件拖到这里，或</source>
        <translation>Drop more files here, or</translation>
    </message>
    <message>
        <source>尚未添加文件。把文件拖到这里，或</source>
        <translation>No files yet. Drop files here, or</translation>
    </message>
    <message numerus="yes">
        <source>%n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>打开工作区后才能添加文件。</source>
        <translation>Open a workspace to add files.</translation>
    </message>
    <message>
        <source>选择文件添加到第%1条材料</source>
        <translation>Choose files for item %1</translation>
    </message>
    <message>
        <source>已添加的文件数 / 要求的数量</source>
        <translation>Files added / number required</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>正在取消，请稍候…</source>
        <translation>Cancelling, please wait…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>已过截止时间 %n 天</source>
        <translation>
            <numerusform>Deadline passed %n day ago</numerusform>
            <numerusform>Deadline passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>距截止还有 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>今天截止，还剩 %n 小时</source>
        <translation>
            <numerusform>Due today: %n hour left</numerusform>
            <numerusform>Due today: %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 负责 %2 项指标。目录：《%3》</source>
        <translation>%1 is responsible for %2 indicators. Catalog: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>尚未选择单位，显示全部 %1 项指标。目录：《%2》</source>
        <translation>No unit chosen; showing all %1 indicators. Catalog: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>已完成 %1/%2 项指标，材料整体完成 %3%。</source>
        <translation>%1 of %2 indicators done; materials %3% complete overall.</translation>
    </message>
    <message>
        <source>未设截止时间</source>
        <translation>No deadline set</translation>
    </message>
    <message>
        <source>依法治市办通知截止时间后，可在“设置”中填写。</source>
        <translation>Enter it in Settings once the office announces it.</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>截止时间：%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>报送至：%1</source>
        <translation>Submit to: %1</translation>
    </message>
    <message numerus="yes">
        <source>尚未完成（%n 项）</source>
        <translation>
            <numerusform>Still missing (%n)</numerusform>
            <numerusform>Still missing (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>总体进度</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>报送截止</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>各一级指标进度</source>
        <translation>Progress by area</translation>
    </message>
    <message>
        <source>一级指标</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>尚未完成</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>双击转到该指标</source>
        <translation>Double-click to open the indicator</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>找不到这个文件，可能已被移动或删除。</source>
        <translation>The file cannot be found; it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>这个文件不是有效的 PDF，或者已经损坏。</source>
        <translation>This file is not a valid PDF, or it is damaged.</translation>
    </message>
    <message>
        <source>这个 PDF 设有打开密码，无法预览。</source>
        <translation>This PDF is password-protected and cannot be previewed.</translation>
    </message>
    <message>
        <source>这个 PDF 的加密方式无法识别，无法预览。</source>
        <translation>This PDF uses an unsupported encryption and cannot be previewed.</translation>
    </message>
    <message>
        <source>文件还没有读取完。</source>
        <translation>The file has not been read completely yet.</translation>
    </message>
    <message>
        <source>无法打开这个 PDF。</source>
        <translation>This PDF cannot be opened.</translation>
    </message>
    <message>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>PDF 预览</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>上一页（PgUp）</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>当前页</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>下一页（PgDown）</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>缩小（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>按页宽显示</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>Open with system viewer</translation>
    </message>
    <message>
        <source>在文件夹中显示</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>目录中规定的截止时间：%1</source>
        <translation>Deadline in the catalog: %1</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>目录中没有规定截止时间。</source>
        <translation>The catalog sets no deadline.</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect after restarting the program.</translation>
    </message>
    <message>
        <source>报送截止时间：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>使用依法治市办另行通知的截止时间</source>
        <translation>Use a deadline announced separately by the office</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>指标目录：</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>所属类别：</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>重新选择目录和单位…</source>
        <translation>Choose catalog and unit again…</translation>
    </message>
    <message>
        <source>填报人：</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>联系人：</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>选择本单位</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <source>输入单位名称或简称查找，例如“司法局”“市场监管”。</source>
        <translation>Type part of the unit&apos;s name or short name, e.g. &quot;司法局&quot; or &quot;市场监管&quot;.</translation>
    </message>
    <message>
        <source>查找单位…</source>
        <translation>Find a unit…</translation>
    </message>
</context>
</TS>
