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
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
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
    <name>AttachJob</name>
    <message>
        <source>第 %1/%2 个：%3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>已添加 %n 个文件到%1。</source>
        <translation>
            <numerusform>Added %n file to %1.</numerusform>
            <numerusform>Added %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已取消：已添加的文件保留，其余 %n 个没有添加。</source>
        <translation>
            <numerusform>Cancelled: the files already added are kept; %n other file was not added.</numerusform>
            <numerusform>Cancelled: the files already added are kept; %n others were not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 个文件没有添加。</source>
        <translation>
            <numerusform>%n more file was not added.</numerusform>
            <numerusform>%n more files were not added.</numerusform>
        </translation>
    </message>
    <message>
        <source>以下文件没有添加：</source>
        <translation>These files were not added:</translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>如 2021-05-08 或 2021年5月</source>
        <translation>e.g. 2021-05-08 or 2021-05</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>原文件名：%1</source>
        <translation>Original name: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>文件上的成文日期（按 F2 或点“日期”填写）</source>
        <translation>The date the document bears (press F2 or click “Date”)</translation>
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
        <source>从依法治市办下发的指标表（Word、Excel、CSV）或实施方案（纯文本）导入目录</source>
        <translation>Import the catalog from the office&apos;s indicator table (Word, Excel, CSV) or implementation plan (plain text)</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>目录将从 %1（版本 %2）更新为 %3（版本 %4）。</source>
        <translation>The catalog will change from %1 (version %2) to %3 (version %4).</translation>
    </message>
    <message>
        <source>已有资料的材料条目 %1 条：%2 条保留，%3 条在新目录中已没有。</source>
        <translation>Material items holding evidence: %1. %2 are kept, %3 are not in the new catalog.</translation>
    </message>
    <message numerus="yes">
        <source>保留的条目中有 %n 条的要求文字有改动，请对照检查。</source>
        <translation>
            <numerusform> The request text of %n kept item changed; please compare.</numerusform>
            <numerusform> The request text of %n kept items changed; please compare.</numerusform>
        </translation>
    </message>
    <message>
        <source>工作区中还没有资料，更新不影响任何资料。</source>
        <translation>The workspace holds no evidence yet; the update affects none.</translation>
    </message>
    <message numerus="yes">
        <source>新目录中没有的 %n 条，其资料不会删除，会保留为“目录外资料”，可以移到其他条目。</source>
        <translation>
            <numerusform>The evidence of the %n item the new catalog lacks is not deleted: it is kept as evidence outside the catalog and can be moved to another item.</numerusform>
            <numerusform>The evidence of the %n items the new catalog lacks is not deleted: it is kept as evidence outside the catalog and can be moved to other items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>新增材料条目 %n 条。</source>
        <translation>
            <numerusform>%n new material item.</numerusform>
            <numerusform>%n new material items.</numerusform>
        </translation>
    </message>
    <message>
        <source>新增指标 %1 项，删除指标 %2 项。</source>
        <translation>Indicators added: %1, removed: %2.</translation>
    </message>
    <message>
        <source>本单位负责的指标：%1 项 → %2 项。</source>
        <translation>Your unit&apos;s indicators: %1 → %2.</translation>
    </message>
    <message>
        <source>这些指标已从新目录删除，手动设定的状态不再使用：%1</source>
        <translation>These indicators are removed from the new catalog; their manually set status is no longer used: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>新目录的单位名单中没有本单位（%1），不能更新到这个目录。请确认目录是否选对，或联系依法治市办。</source>
        <translation>Your unit (%1) is not on the new catalog&apos;s roster, so the workspace cannot move to it. Check that this is the right catalog, or contact the office.</translation>
    </message>
    <message>
        <source>本单位在新目录中的名称：%1</source>
        <translation>Your unit&apos;s name in the new catalog: %1</translation>
    </message>
    <message>
        <source>新目录中没有这些单位类别，更新后将不再属于它们：%1</source>
        <translation>The new catalog lacks these groups; after the update your unit no longer belongs to them: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个网址</source>
        <translation>
            <numerusform>%n web address</numerusform>
            <numerusform>%n web addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>当前目录：《%1》（%2，版本 %3，%4 项）</source>
        <translation>Current catalog: &quot;%1&quot; (%2, version %3, %4 indicators)</translation>
    </message>
    <message>
        <source>更新目录</source>
        <translation>Update catalog</translation>
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
        <source>%1（%2 · 版本 %3 · %4 项 · %5）</source>
        <translation>%1 (%2 · version %3 · %4 indicators · %5)</translation>
    </message>
    <message>
        <source>目录库中没有其他目录。请用“从文件导入…”选择依法治市办下发的新目录。</source>
        <translation>The library holds no other catalog. Use &quot;Import from file…&quot; to choose the new catalog the office sent.</translation>
    </message>
    <message>
        <source>选择依法治市办下发的新目录</source>
        <translation>Choose the new catalog sent by the office</translation>
    </message>
    <message>
        <source>目录或指标表 (*.json *.docx *.xlsx *.csv *.tsv *.txt);;所有文件 (*)</source>
        <translation>Catalog or indicator table (*.json *.docx *.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取“%1”并计算预览…</source>
        <translation>Reading &quot;%1&quot; and computing the preview…</translation>
    </message>
    <message>
        <source>正在读取“%1”…</source>
        <translation>Reading &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>导入提示：%1</source>
        <translation>Import note: %1</translation>
    </message>
    <message>
        <source>新目录的单位名单中没有本单位，不能更新到这个目录。</source>
        <translation>Your unit is not on the new catalog&apos;s roster; the workspace cannot move to it.</translation>
    </message>
    <message numerus="yes">
        <source>点“更新目录”后，%n 条材料的资料将成为目录外资料（不会删除）。</source>
        <translation>
            <numerusform>After &quot;Update catalog&quot;, the evidence of %n item will be outside the catalog (not deleted).</numerusform>
            <numerusform>After &quot;Update catalog&quot;, the evidence of %n items will be outside the catalog (not deleted).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1（从“%2”导入 · 版本 %3 · %4 项）</source>
        <translation>%1 (imported from &quot;%2&quot; · version %3 · %4 indicators)</translation>
    </message>
    <message numerus="yes">
        <source>将成为目录外资料（%n 条）</source>
        <translation>
            <numerusform>Will be outside the catalog (%n item)</numerusform>
            <numerusform>Will be outside the catalog (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>保留资料的条目（%n 条）</source>
        <translation>
            <numerusform>Items that keep their evidence (%n)</numerusform>
            <numerusform>Items that keep their evidence (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1（要求文字有改动）</source>
        <translation>%1 (request text changed)</translation>
    </message>
    <message>
        <source>原来：%1
现在：%2</source>
        <translation>Before: %1
Now: %2</translation>
    </message>
    <message numerus="yes">
        <source>新增的材料条目（%n 条）</source>
        <translation>
            <numerusform>New material items (%n)</numerusform>
            <numerusform>New material items (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>删除的指标（%n 项）</source>
        <translation>
            <numerusform>Removed indicators (%n)</numerusform>
            <numerusform>Removed indicators (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>新增的指标（%n 项）</source>
        <translation>
            <numerusform>New indicators (%n)</numerusform>
            <numerusform>New indicators (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>目录已更新为《%1》（版本 %2）。</source>
        <translation>The catalog is now &quot;%1&quot; (version %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n 条材料的资料不在新目录中，已保留为目录外资料（编辑 → 目录外资料…）。</source>
        <translation>
            <numerusform> The evidence of %n item is not in the new catalog and is kept outside it (Edit → Evidence outside the catalog…).</numerusform>
            <numerusform> The evidence of %n items is not in the new catalog and is kept outside it (Edit → Evidence outside the catalog…).</numerusform>
        </translation>
    </message>
    <message>
        <source>依法治市办下发新版目录后，可以把本工作区换到新目录。已有资料按材料条目保留；新目录中没有的条目，其资料不会删除，会保留为“目录外资料”。先选择新目录，查看预览，确认无误后再更新。</source>
        <translation>When the office issues a new catalog, this workspace can move to it. Evidence stays with its material item; the evidence of items the new catalog lacks is not deleted but kept outside the catalog. Choose the new catalog, read the preview, and update only when it is right.</translation>
    </message>
    <message>
        <source>新目录</source>
        <translation>New catalog</translation>
    </message>
    <message>
        <source>新目录不在列表中？可导入依法治市办下发的目录文件（.json）或指标表（Word、Excel、CSV、纯文本）。</source>
        <translation>Not in the list? Import the catalog file (.json) or indicator table (Word, Excel, CSV, plain text) the office sent.</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>更新预览（尚未更改任何内容）</source>
        <translation>Preview (nothing has been changed yet)</translation>
    </message>
    <message>
        <source>请先在上面选择新目录。</source>
        <translation>Choose the new catalog above first.</translation>
    </message>
    <message>
        <source>材料条目</source>
        <translation>Material items</translation>
    </message>
    <message>
        <source>已有资料</source>
        <translation>Evidence held</translation>
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
    <message>
        <source>资料保存在（工作区文件夹）：</source>
        <translation>Evidence is kept in (workspace folder):</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>列表中显示的指标（%1 项）</source>
        <translation>Indicators shown in the list (%1)</translation>
    </message>
    <message>
        <source>双击转到该指标</source>
        <translation>Double-click to go to the indicator</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>还没有报送过：第一次报送请选“本单位全部资料”。</source>
        <translation>Nothing submitted yet: for the first submission choose “All of the unit&apos;s evidence”.</translation>
    </message>
    <message>
        <source>上次报送：第 %1 次（%2）。</source>
        <translation>Last submission: no. %1 (%2).</translation>
    </message>
    <message>
        <source>%1（%2，可用 %3）</source>
        <translation>%1 (%2, %3 free)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>（没有检测到U盘：插入后点“刷新”）</source>
        <translation>(No USB drive found: plug one in and click “Refresh”)</translation>
    </message>
    <message>
        <source>选择保存报送包的文件夹</source>
        <translation>Choose the folder for the submission</translation>
    </message>
    <message>
        <source>签名密钥指纹：%1</source>
        <translation>Signing key fingerprint: %1</translation>
    </message>
    <message>
        <source>本工作区还没有签名密钥。第一次导出前请先生成密钥（只需一次），并把公钥登记表交依法治市办。</source>
        <translation>This workspace has no signing key yet. Before the first export, generate one (once only) and hand the key registration form to the office.</translation>
    </message>
    <message>
        <source>这个版本没有安装导出组件。</source>
        <translation>This version has no export component installed.</translation>
    </message>
    <message>
        <source>请先生成签名密钥。</source>
        <translation>Generate a signing key first.</translation>
    </message>
    <message>
        <source>请输入密钥口令。</source>
        <translation>Enter the key passphrase.</translation>
    </message>
    <message>
        <source>请选择保存位置。</source>
        <translation>Choose where to save.</translation>
    </message>
    <message>
        <source>检查资料</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>继续导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消，请稍候…</source>
        <translation>Cancelling, please wait…</translation>
    </message>
    <message>
        <source>正在检查资料…</source>
        <translation>Checking the evidence…</translation>
    </message>
    <message>
        <source>检查完毕，没有发现问题。点“继续导出”生成报送包。</source>
        <translation>Checked: nothing to report. Click “Export” to make the submission.</translation>
    </message>
    <message numerus="yes">
        <source>发现 %n 个必须先处理的问题（见下表），处理后才能导出。</source>
        <translation>
            <numerusform>%n problem must be dealt with before exporting (see below).</numerusform>
            <numerusform>%n problems must be dealt with before exporting (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>发现 %n 处需要注意的地方。可以返回去补齐，也可以继续导出。</source>
        <translation>
            <numerusform>%n thing needs attention. Go back and complete it, or export anyway.</numerusform>
            <numerusform>%n things need attention. Go back and complete them, or export anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>正在计算文件校验值…</source>
        <translation>Computing checksums…</translation>
    </message>
    <message>
        <source>正在写入报送包…</source>
        <translation>Writing the submission…</translation>
    </message>
    <message>
        <source>正在读回并校验…</source>
        <translation>Reading back and verifying…</translation>
    </message>
    <message>
        <source>正在生成封面…</source>
        <translation>Making cover sheets…</translation>
    </message>
    <message>
        <source>已取消导出，没有留下不完整的文件。</source>
        <translation>Export cancelled; no incomplete files were left behind.</translation>
    </message>
    <message>
        <source>已读回校验</source>
        <translation>Read back and verified</translation>
    </message>
    <message>
        <source>首次报送</source>
        <translation>first submission</translation>
    </message>
    <message>
        <source>补充报送</source>
        <translation>supplement</translation>
    </message>
    <message>
        <source>重新报送</source>
        <translation>replacement</translation>
    </message>
    <message>
        <source>报送包已生成：第 %1 次报送（%2），%3 个分卷，共 %4，写入后已逐个读回校验。</source>
        <translation>The submission is ready: no. %1 (%2), %3 part(s), %4 in all, each read back and verified after writing.</translation>
    </message>
    <message numerus="yes">
        <source>请把上面这 %n 个文件全部发送给依法治市办（分卷可以分几封邮件发送；索引文件 .index.json 和签名文件 .sshsig 要一起发送）。不要改文件名，也不要解压。</source>
        <translation>
            <numerusform>Send this file to the office (parts may go in separate e-mails; send the .index.json index and its .sshsig signature together). Do not rename or unpack it.</numerusform>
            <numerusform>Send all %n files above to the office (parts may go in separate e-mails; send the .index.json index and its .sshsig signature together). Do not rename or unpack them.</numerusform>
        </translation>
    </message>
    <message>
        <source>导出报送包</source>
        <translation>Export submission</translation>
    </message>
    <message>
        <source>报送哪些资料</source>
        <translation>What to submit</translation>
    </message>
    <message>
        <source>本单位全部资料</source>
        <translation>All of the unit&apos;s evidence</translation>
    </message>
    <message>
        <source>只含已完成的指标</source>
        <translation>Only completed indicators</translation>
    </message>
    <message>
        <source>列表中显示的指标</source>
        <translation>Indicators shown in the list</translation>
    </message>
    <message>
        <source>自上次报送以来的变化（补充报送）</source>
        <translation>Changes since the last submission (supplement)</translation>
    </message>
    <message>
        <source>附上封面（依法治市办打印装订时用）</source>
        <translation>Include cover sheets (for the office to print and bind)</translation>
    </message>
    <message>
        <source>分卷（每个文件的大小上限）</source>
        <translation>Parts (largest size of each file)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>文件夹：</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>U 盘：</source>
        <translation>USB drive:</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>生成签名密钥…</source>
        <translation>Generate signing key…</translation>
    </message>
    <message>
        <source>密钥口令：</source>
        <translation>Key passphrase:</translation>
    </message>
    <message>
        <source>生成密钥时设定的口令</source>
        <translation>The passphrase set when the key was generated</translation>
    </message>
    <message>
        <source>可以返回去补齐材料，也可以先报送现有的资料，以后再补充报送。</source>
        <translation>You can go back and complete the evidence, or submit what there is now and send a supplement later.</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>选择依法治市办的审核意见文件</source>
        <translation>Choose the office&apos;s review file</translation>
    </message>
    <message>
        <source>审核意见 (*.zip);;所有文件 (*)</source>
        <translation>Review file (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>正在核验审核意见的签名…</source>
        <translation>Checking the review file&apos;s signature…</translation>
    </message>
    <message>
        <source>导入审核意见</source>
        <translation>Import review file</translation>
    </message>
    <message>
        <source>这个审核意见文件不是由已登记的依法治市办公钥签名的，已拒绝导入。
文件的签名密钥：%1
已登记的公钥：%2</source>
        <translation>This review file is not signed by the registered office key and was refused.
Signed by: %1
Registered key: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>如果依法治市办确实更换了密钥，请向其核实新密钥的指纹，然后选“核对新指纹…”。</source>
        <translation>If the office really changed its key, ask it for the new key&apos;s fingerprint, then choose &quot;Check new fingerprint…&quot;.</translation>
    </message>
    <message>
        <source>核对新指纹…</source>
        <translation>Check new fingerprint…</translation>
    </message>
    <message>
        <source>依法治市办</source>
        <translation>the rule-of-law office</translation>
    </message>
    <message>
        <source>这份审核意见已经导入过，没有变化。</source>
        <translation>This review file was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>已导入%1的审核意见（%2）：通过 %3 项，需补充 %4 项。</source>
        <translation>Imported the review of %1 (%2): %3 passed, %4 need more.</translation>
    </message>
    <message>
        <source>已确认并登记%1的公钥 %2。</source>
        <translation>Confirmed and registered the key of %1: %2.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 项已有更新的审核意见，保留较新的。</source>
        <translation>
            <numerusform>%n more indicator already had a newer review; the newer one was kept.</numerusform>
            <numerusform>%n more indicators already had a newer review; the newer ones were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>这些指标不在本工作区的目录中，已跳过：%1</source>
        <translation>These indicators are not in this workspace&apos;s catalog and were skipped: %1</translation>
    </message>
    <message>
        <source>需补充的指标请补充资料后重新导出报送包（增量报送即可）。</source>
        <translation>For indicators that need more, add the evidence and export again (an increment is enough).</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>（未写明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>依法治市办更换了密钥？</source>
        <translation>Did the office change its key?</translation>
    </message>
    <message>
        <source>这个审核意见文件的签名密钥与已登记的依法治市办公钥（%1）不同。只有依法治市办确实更换了密钥时才能继续：请向依法治市办核实新密钥的指纹，逐字核对一致后再导入。</source>
        <translation>This review file is signed by a key other than the registered office key (%1). Go on only if the office really changed its key: ask the office for the new fingerprint and import only when it matches character by character.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第一次导入审核意见，需要先确认这个文件确实是依法治市办签名的。请把下面的指纹与依法治市办提供的指纹（通知、公函或电话中给出的）逐字核对。</source>
        <translation>This is the first review file imported here, so first make sure the office signed it: compare the fingerprint below, character by character, with the one the office gave you (in its notice, letter or on the phone).</translation>
    </message>
    <message>
        <source>确认并导入</source>
        <translation>Confirm and import</translation>
    </message>
    <message>
        <source>一致，可以导入。</source>
        <translation>They match; the file can be imported.</translation>
    </message>
    <message>
        <source>不一致：这个文件可能不是依法治市办签名的。请逐字核对（区分大小写）；确实不一致时不要导入，并与依法治市办联系。</source>
        <translation>They do not match: the office may not have signed this file. Compare character by character (case matters); if they really differ, do not import it and contact the office.</translation>
    </message>
    <message>
        <source>确认依法治市办的公钥</source>
        <translation>Confirm the office&apos;s key</translation>
    </message>
    <message>
        <source>审核意见文件：</source>
        <translation>Review file:</translation>
    </message>
    <message>
        <source>文件中写的签发单位：</source>
        <translation>Issued by (as the file says):</translation>
    </message>
    <message>
        <source>签名密钥的指纹：</source>
        <translation>Signing key&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>依法治市办提供的指纹：</source>
        <translation>Fingerprint the office gave you:</translation>
    </message>
    <message>
        <source>照通知或电话中给出的指纹逐字输入，如 SHA256:…</source>
        <translation>Type it exactly as in the notice or on the phone, e.g. SHA256:…</translation>
    </message>
    <message>
        <source>不输入，我已逐字核对过：与依法治市办提供的指纹完全一致</source>
        <translation>Instead of typing: I compared it character by character and it is exactly the office&apos;s fingerprint</translation>
    </message>
    <message>
        <source>确认后，本工作区从此信任这把公钥：以后的审核意见只有它签名的才会导入。</source>
        <translation>Once confirmed, this workspace trusts this key: later review files are imported only if it signed them.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>设置本单位信息</source>
        <translation>Set up your unit</translation>
    </message>
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
        <source>这个版本没有安装依法治市办使用的部分。</source>
        <translation>The office&apos;s part is not installed in this version.</translation>
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
        <source>选择依法治市办下发的指标表或实施方案</source>
        <translation>Choose the indicator table or plan sent by the office</translation>
    </message>
    <message>
        <source>指标表 (*.docx *.xlsx *.csv *.tsv *.txt);;所有文件 (*)</source>
        <translation>Indicator tables (*.docx *.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取“%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>正在导入“%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <source>%1
从“%2”导入 · %3 项</source>
        <translation>%1
imported from “%2” · %3 items</translation>
    </message>
    <message>
        <source>已读取《%1》：%2</source>
        <translation>Read “%1”: %2</translation>
    </message>
    <message>
        <source>单位名单 %1 个，类别 %2 个。</source>
        <translation>%1 units on the roster, %2 groups.</translation>
    </message>
    <message numerus="yes">
        <source>提示（%n 条）：</source>
        <translation>
            <numerusform>Note (%n):</numerusform>
            <numerusform>Notes (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…另有 %n 条</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
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
        <source>目录：%1（%2 项）</source>
        <translation>Catalog: %1 (%2 items)</translation>
    </message>
    <message>
        <source>选择工作区文件夹</source>
        <translation>Choose the workspace folder</translation>
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
        <source>依法治市办审核：%1（%2）</source>
        <translation>Office review: %1 (%2)</translation>
    </message>
    <message>
        <source>依法治市办审核：%1</source>
        <translation>Office review: %1</translation>
    </message>
    <message>
        <source>%1
已完成 %2/%3 项（%4%）</source>
        <translation>%1
%2 of %3 done (%4%)</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 项依法治市办要求补充</source>
        <translation>
            <numerusform>%n of them needs more (office review)</numerusform>
            <numerusform>%n of them need more (office review)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>按材料自动判断</source>
        <translation>From the evidence (automatic)</translation>
    </message>
    <message>
        <source>标为已完成</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>标为不适用…</source>
        <translation>Mark as not applicable…</translation>
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
        <source>当前只显示目录内容：尚未打开工作区，不能添加文件或填写情况说明。</source>
        <translation>Showing the catalog only: no workspace is open, so files and statements cannot be added.</translation>
    </message>
    <message>
        <source>材料条目 %1/%2 已齐</source>
        <translation>%1 of %2 items complete</translation>
    </message>
    <message>
        <source>手动设定</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>不适用的理由：%1</source>
        <translation>Not applicable because: %1</translation>
    </message>
    <message>
        <source>状态是手动设定的；选“按材料自动判断”可恢复按材料计算。</source>
        <translation>The status was set by hand; choose “From the evidence” to compute it again.</translation>
    </message>
    <message>
        <source>依法治市办审核意见：%1</source>
        <translation>Office review: %1</translation>
    </message>
    <message>
        <source>审核意见：%1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>请按意见补充资料，然后重新导出报送包（增量报送即可）；导出后这里显示“已补充，待复核”。</source>
        <translation>Add what the comment asks for, then export again (an increment is enough); afterwards this shows &quot;Answered, awaiting review&quot;.</translation>
    </message>
    <message>
        <source>补充的资料已随报送包导出，等待依法治市办复核。</source>
        <translation>The added evidence was exported; waiting for the office to review it again.</translation>
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
        <source>设置本项指标的状态：按材料自动判断，或标为已完成、不适用</source>
        <translation>Set this indicator&apos;s status: computed from the evidence, or marked done or not applicable</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
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
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>生成密钥</source>
        <translation>Generate key</translation>
    </message>
    <message>
        <source>将生成新的签名密钥，旧密钥移到 keys/retired 文件夹。新密钥需要重新向依法治市办登记，之后的报送包都用新密钥签名。</source>
        <translation>A new signing key will be generated; the old one is moved to keys/retired. The new key must be registered with the office again; later submissions are signed with it.</translation>
    </message>
    <message>
        <source>口令太短：至少需要 %1 个字符。</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>两次输入的口令不一样，请重新输入。</source>
        <translation>The two passphrases differ; please type them again.</translation>
    </message>
    <message>
        <source>正在生成密钥…</source>
        <translation>Generating the key…</translation>
    </message>
    <message>
        <source>已为“%1”生成签名密钥（%2）。私钥已用口令加密，保存在工作区的 keys 文件夹中。</source>
        <translation>A signing key for “%1” was generated (%2). The private key is encrypted with the passphrase and kept in the workspace&apos;s keys folder.</translation>
    </message>
    <message>
        <source>已复制登记行，可以粘贴到给依法治市办的邮件中。</source>
        <translation>Registration line copied; paste it into your e-mail to the office.</translation>
    </message>
    <message>
        <source>正在生成公钥登记表…</source>
        <translation>Making the key registration form…</translation>
    </message>
    <message>
        <source>保存密钥备份</source>
        <translation>Save key backup</translation>
    </message>
    <message>
        <source>密钥备份 (*.key)</source>
        <translation>Key backups (*.key)</translation>
    </message>
    <message>
        <source>已保存备份：%1（需要口令才能使用）</source>
        <translation>Backup saved: %1 (it needs the passphrase to be used)</translation>
    </message>
    <message>
        <source>更换签名密钥</source>
        <translation>Replace signing key</translation>
    </message>
    <message>
        <source>本工作区已有签名密钥（%1）。更换后需要重新向依法治市办登记。确定要更换吗？</source>
        <translation>This workspace already has a signing key (%1). A new key must be registered with the office again. Replace it?</translation>
    </message>
    <message>
        <source>已复制公钥登记行。</source>
        <translation>Public key registration line copied.</translation>
    </message>
    <message>
        <source>选择密钥备份</source>
        <translation>Choose a key backup</translation>
    </message>
    <message>
        <source>密钥备份 (*.key);;所有文件 (*)</source>
        <translation>Key backups (*.key);;All files (*)</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Restore key</translation>
    </message>
    <message>
        <source>请输入生成这个密钥时设定的口令：</source>
        <translation>Enter the passphrase set when this key was generated:</translation>
    </message>
    <message>
        <source>正在恢复密钥…</source>
        <translation>Restoring the key…</translation>
    </message>
    <message>
        <source>已恢复签名密钥（%1）。</source>
        <translation>Signing key restored (%1).</translation>
    </message>
    <message>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>报送包要用本单位的签名密钥签名，依法治市办据此确认资料确实来自本单位、途中没有被改动。密钥只需生成一次，保存在工作区中，用口令加密。</source>
        <translation>Submissions are signed with the unit&apos;s signing key, so the office can confirm they come from this unit and were not altered on the way. The key is generated once, kept in the workspace and encrypted with a passphrase.</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>至少 8 个字符，请牢记</source>
        <translation>At least 8 characters; keep it safe</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>再输入一次口令</source>
        <translation>Type the passphrase again</translation>
    </message>
    <message>
        <source>口令忘记后无法找回，只能重新生成密钥并重新登记。请把口令告诉单位里另一位负责人，或密封保存。</source>
        <translation>A forgotten passphrase cannot be recovered: the key would have to be generated and registered again. Tell it to another responsible colleague, or keep it sealed.</translation>
    </message>
    <message>
        <source>密钥指纹（依法治市办核对用）：</source>
        <translation>Key fingerprint (the office checks this):</translation>
    </message>
    <message>
        <source>接下来：
1. 点“公钥登记表…”，打印后盖章，交依法治市办登记；
2. 点“保存备份…”，把加密的密钥备份到U盘并妥善保管（换电脑时用它恢复）。</source>
        <translation>Next:
1. Click “Registration form…”, print it, stamp it and hand it to the office;
2. Click “Save backup…” and keep the encrypted key on a USB drive in a safe place (to restore it on another PC).</translation>
    </message>
    <message>
        <source>公钥登记表…</source>
        <translation>Registration form…</translation>
    </message>
    <message>
        <source>保存备份…</source>
        <translation>Save backup…</translation>
    </message>
    <message>
        <source>复制登记行</source>
        <translation>Copy registration line</translation>
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
        <source>需补充</source>
        <translation>Needs more</translation>
    </message>
    <message>
        <source>已补充，待复核</source>
        <translation>Answered, awaiting review</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 points</translation>
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
    <name>Launcher</name>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
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
        <source>需补充（依法治市办审核）</source>
        <translation>Needs more (office review)</translation>
    </message>
    <message>
        <source>打开工作区后可用。</source>
        <translation>Available once a workspace is open.</translation>
    </message>
    <message>
        <source>选择工作区文件夹</source>
        <translation>Choose a workspace folder</translation>
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
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>撤销刚才的操作（Ctrl+Z）</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>回收站…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
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
        <source>密钥(&amp;K)</source>
        <translation>&amp;Keys</translation>
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
        <source>导入审核意见(&amp;I)…</source>
        <translation>&amp;Import review file…</translation>
    </message>
    <message>
        <source>导入依法治市办发来的审核意见文件（.zip），在每项指标旁查看审核意见</source>
        <translation>Import the office&apos;s review file (.zip) and see its comments beside each indicator</translation>
    </message>
    <message>
        <source>更新目录(&amp;U)…</source>
        <translation>&amp;Update catalog…</translation>
    </message>
    <message>
        <source>换用依法治市办下发的新版目录：先预览对已有资料的影响，确认后才更新</source>
        <translation>Move to a new catalog from the office: see first what it does to your evidence, update only when you confirm</translation>
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
    <message>
        <source>打开工作区(&amp;W)…</source>
        <translation>Open &amp;workspace…</translation>
    </message>
    <message>
        <source>打开另一个工作区文件夹</source>
        <translation>Open another workspace folder</translation>
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>为另一个单位或另一次创建新建工作区</source>
        <translation>Create a workspace for another unit or another assessment</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>回收站(&amp;B)…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
    <message>
        <source>查看、恢复或彻底删除移除的文件</source>
        <translation>See, restore or delete for good the files removed</translation>
    </message>
    <message>
        <source>目录外资料(&amp;O)…</source>
        <translation>Evidence &amp;outside the catalog…</translation>
    </message>
    <message>
        <source>目录更新后不在当前目录中的资料：查看，并移到新目录的条目</source>
        <translation>Evidence the current catalog no longer has after an update: see it and move it to the new items</translation>
    </message>
    <message>
        <source>生成签名密钥(&amp;G)…</source>
        <translation>&amp;Generate signing key…</translation>
    </message>
    <message>
        <source>为本单位生成报送包签名密钥</source>
        <translation>Generate the key that signs the unit&apos;s submissions</translation>
    </message>
    <message>
        <source>公钥登记表（PDF）(&amp;F)…</source>
        <translation>Key registration &amp;form (PDF)…</translation>
    </message>
    <message>
        <source>生成交给依法治市办登记的公钥登记表</source>
        <translation>Make the form the office registers the key from</translation>
    </message>
    <message>
        <source>复制公钥登记行(&amp;C)</source>
        <translation>&amp;Copy registration line</translation>
    </message>
    <message>
        <source>复制依法治市办登记用的一行文字</source>
        <translation>Copy the line the office registers the key with</translation>
    </message>
    <message>
        <source>备份密钥(&amp;B)…</source>
        <translation>&amp;Back up key…</translation>
    </message>
    <message>
        <source>把加密的私钥备份到U盘等处</source>
        <translation>Copy the encrypted private key to a USB drive or elsewhere</translation>
    </message>
    <message>
        <source>从备份恢复密钥(&amp;R)…</source>
        <translation>&amp;Restore key from backup…</translation>
    </message>
    <message>
        <source>在新电脑上恢复以前备份的密钥</source>
        <translation>Restore a backed-up key on a new PC</translation>
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
    <message>
        <source>删除这个网址</source>
        <translation>Delete this address</translation>
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
        <source>写明这条材料的情况（如没有文件时说明原因）。输入即自动保存。</source>
        <translation>Describe this item (e.g. why there is no file). Saved as you type.</translation>
    </message>
    <message>
        <source>打开工作区后，可在这里填写情况说明（输入即自动保存）。</source>
        <translation>With a workspace open, a statement can be written here (saved as you type).</translation>
    </message>
    <message>
        <source>这不像网址。请填写完整的网址，例如 http://www.example.gov.cn/xxgk/…</source>
        <translation>That does not look like a web address. Enter the full address, e.g. http://www.example.gov.cn/xxgk/…</translation>
    </message>
    <message>
        <source>这个网址已经添加过了。</source>
        <translation>This address is already there.</translation>
    </message>
    <message>
        <source>（正在输入…）</source>
        <translation>(typing…)</translation>
    </message>
    <message>
        <source>已添加的文件数 / 要求的数量</source>
        <translation>Files added / number required</translation>
    </message>
    <message>
        <source>把选中的文件上移一位</source>
        <translation>Move the selected file up</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>把选中的文件下移一位</source>
        <translation>Move the selected file down</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>在程序内预览选中的 PDF（双击文件也可以）</source>
        <translation>Preview the selected PDF here (or double-click it)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>用系统默认程序打开选中的文件</source>
        <translation>Open the selected file with its usual program</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>在文件管理器中显示选中的文件</source>
        <translation>Show the selected file in the file manager</translation>
    </message>
    <message>
        <source>所在文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>修改显示的文件名称（F2）</source>
        <translation>Change the name shown (F2)</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>填写文件上的成文日期</source>
        <translation>Enter the date the document bears</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>把选中的文件移到另一条材料下</source>
        <translation>Move the selected file to another item</translation>
    </message>
    <message>
        <source>移到…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>把选中的文件移到回收站（Delete；可撤销）</source>
        <translation>Move the selected file to the recycle bin (Delete; can be undone)</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>网址：</source>
        <translation>Web addresses:</translation>
    </message>
    <message>
        <source>粘贴或输入网址，例如 http://www.example.gov.cn/…，按回车添加</source>
        <translation>Paste or type an address, e.g. http://www.example.gov.cn/…, and press Enter</translation>
    </message>
    <message>
        <source>添加网址</source>
        <translation>Add address</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>＋ 填写网址</source>
        <translation>+ Web address</translation>
    </message>
    <message>
        <source>为这条材料记录网址（如政府网站上的公开页面）</source>
        <translation>Record a web address for this item (e.g. a page on the government website)</translation>
    </message>
    <message>
        <source>实地核查准备</source>
        <translation>On-site inspection preparation</translation>
    </message>
    <message>
        <source>写明现场出示什么、原件放在哪里、由谁负责；准备好后勾选。</source>
        <translation>Note what will be shown on site, where the originals are and who is responsible; tick when ready.</translation>
    </message>
    <message>
        <source>例如：执法记录仪及存储设备在执法大队二楼档案室，由王某负责现场演示。</source>
        <translation>E.g. body cameras and storage are in the archive room on the 2nd floor; Wang demonstrates them.</translation>
    </message>
    <message>
        <source>已准备就绪（现场可以出示）</source>
        <translation>Ready (can be shown on site)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>把“%1”移到哪一条材料下？</source>
        <translation>Move “%1” to which item?</translation>
    </message>
    <message>
        <source>（当前位置）</source>
        <translation> (current place)</translation>
    </message>
    <message>
        <source>移到另一条材料</source>
        <translation>Move to another item</translation>
    </message>
    <message>
        <source>输入指标序号或文字筛选，如 55、台账</source>
        <translation>Filter by indicator number or words, e.g. 55</translation>
    </message>
    <message>
        <source>显示全部指标（不只本单位的）</source>
        <translation>Show all indicators (not only the unit&apos;s)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>依法治市办工作区</source>
        <translation>Office workspace</translation>
    </message>
    <message>
        <source>各单位报送的资料包都收在这个文件夹中。请选择一个空文件夹，或新建一个。</source>
        <translation>The units&apos; submissions are received into this folder. Choose an empty folder or a new one.</translation>
    </message>
    <message>
        <source>工作区文件夹：</source>
        <translation>Workspace folder:</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
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
    <name>OrphansDialog</name>
    <message>
        <source>%1（原条目）%2</source>
        <translation>%1 (former item) %2</translation>
    </message>
    <message>
        <source>网址：%1</source>
        <translation>Web address: %1</translation>
    </message>
    <message>
        <source>情况说明：%1</source>
        <translation>Statement: %1</translation>
    </message>
    <message>
        <source>实地核查准备：%1</source>
        <translation>On-site preparation: %1</translation>
    </message>
    <message>
        <source>没有目录外资料。</source>
        <translation>No evidence outside the catalog.</translation>
    </message>
    <message>
        <source>已把“%1”移到%2。</source>
        <translation>Moved &quot;%1&quot; to %2.</translation>
    </message>
    <message>
        <source>目录外资料</source>
        <translation>Evidence outside the catalog</translation>
    </message>
    <message>
        <source>目录更新后，新目录中没有的材料条目，其资料仍保存在工作区，但不会显示在任何指标下，也不会导出。请把仍然需要的文件移到新目录的条目中；情况说明和网址可以复制后填到新条目。</source>
        <translation>After a catalog update, the evidence of items the new catalog lacks stays in the workspace, but it shows under no indicator and is not exported. Move the files you still need to items of the new catalog; statements and web addresses can be copied into the new items.</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>移到…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>Copy text</translation>
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
        <source>材料条目 %1/%2 已齐（合并提供的只算一次）。</source>
        <translation> %1/%2 material items complete (shared items count once).</translation>
    </message>
    <message>
        <source>%1 %2 项</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>依法治市办审核意见：%1。</source>
        <translation>Office review: %1.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>需补充的 %n 项排在下方“尚未完成”的最前面。</source>
        <translation>
            <numerusform> The %n that needs more is listed first under &quot;Still missing&quot; below.</numerusform>
            <numerusform> The %n that need more are listed first under &quot;Still missing&quot; below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>目录更新后，%n 条材料的资料不在当前目录中，不会导出。</source>
        <translation>
            <numerusform>After the catalog update, the evidence of %n item is not in the current catalog and will not be exported.</numerusform>
            <numerusform>After the catalog update, the evidence of %n items is not in the current catalog and will not be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>查看并移到新条目…</source>
        <translation>See it and move it to new items…</translation>
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
        <source>尚未完成（%1 项，其中需补充 %2 项）</source>
        <translation>Still missing (%1, of which %2 need more)</translation>
    </message>
    <message>
        <source>［%1］%2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>依法治市办审核意见：%1</source>
        <translation>Office review: %1</translation>
    </message>
    <message>
        <source>第%1条</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
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
    <name>PrintDialog</name>
    <message>
        <source>当前指标（%1）</source>
        <translation>Current indicator (%1)</translation>
    </message>
    <message>
        <source>当前指标（未选择）</source>
        <translation>Current indicator (none selected)</translation>
    </message>
    <message>
        <source>本单位全部指标（%1 项）</source>
        <translation>All of the unit&apos;s indicators (%1)</translation>
    </message>
    <message numerus="yes">
        <source>将打印 %n 项指标的封面</source>
        <translation>
            <numerusform>Cover sheet for %n indicator</numerusform>
            <numerusform>Cover sheets for %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>这个版本没有安装打印组件。</source>
        <translation>This version has no printing component installed.</translation>
    </message>
    <message>
        <source>选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <source>正在生成封面…</source>
        <translation>Making cover sheets…</translation>
    </message>
    <message>
        <source>正在合成装订本…</source>
        <translation>Assembling the binder…</translation>
    </message>
    <message>
        <source>正在生成分指标 PDF…</source>
        <translation>Making one PDF per indicator…</translation>
    </message>
    <message>
        <source>正在生成目录…</source>
        <translation>Making the contents…</translation>
    </message>
    <message>
        <source>正在生成脊背标签…</source>
        <translation>Making spine labels…</translation>
    </message>
    <message>
        <source>正在生成报送函…</source>
        <translation>Making the submission letter…</translation>
    </message>
    <message>
        <source>正在生成印证资料清单…</source>
        <translation>Making the evidence list…</translation>
    </message>
    <message>
        <source>已生成：%1</source>
        <translation>Made: %1</translation>
    </message>
    <message numerus="yes">
        <source>…另有 %n 处</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 个文件不能照原样打印，已用说明页代替：</source>
        <translation>
            <numerusform>%n file cannot be printed as it is; a page explaining why takes its place:</numerusform>
            <numerusform>%n files cannot be printed as they are; pages explaining why take their place:</numerusform>
        </translation>
    </message>
    <message>
        <source>封面</source>
        <translation>Cover sheets</translation>
    </message>
    <message>
        <source>正在打印封面…</source>
        <translation>Printing cover sheets…</translation>
    </message>
    <message numerus="yes">
        <source>已送打印机：%n 页封面。</source>
        <translation>
            <numerusform>Sent to the printer: %n cover page.</numerusform>
            <numerusform>Sent to the printer: %n cover pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>封面（放在每份纸质材料前）</source>
        <translation>Cover sheets (in front of each set of paper evidence)</translation>
    </message>
    <message>
        <source>当前指标</source>
        <translation>Current indicator</translation>
    </message>
    <message>
        <source>本单位全部指标</source>
        <translation>All of the unit&apos;s indicators</translation>
    </message>
    <message>
        <source>选定的指标：</source>
        <translation>These indicators:</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>None</translation>
    </message>
    <message>
        <source>生成 PDF 并打开</source>
        <translation>Make PDF and open</translation>
    </message>
    <message>
        <source>打印封面…</source>
        <translation>Print cover sheets…</translation>
    </message>
    <message>
        <source>装订和报送用的文件（生成后用系统程序打开）</source>
        <translation>Files for binding and submitting (opened in their usual program)</translation>
    </message>
    <message>
        <source>装订本 PDF</source>
        <translation>Binder PDF</translation>
    </message>
    <message>
        <source>封面、目录和全部印证资料合成一个 PDF，按页码装订</source>
        <translation>Cover sheets, contents and all evidence in one numbered PDF for binding</translation>
    </message>
    <message>
        <source>分指标 PDF</source>
        <translation>PDF per indicator</translation>
    </message>
    <message>
        <source>每项指标一个 PDF（第55项.pdf …），放在一个文件夹中</source>
        <translation>One PDF per indicator, named as the office expects, in one folder</translation>
    </message>
    <message>
        <source>目录 PDF</source>
        <translation>Contents PDF</translation>
    </message>
    <message>
        <source>装订本的目录，单独打印</source>
        <translation>The binder&apos;s contents, to print on their own</translation>
    </message>
    <message>
        <source>脊背标签 PDF</source>
        <translation>Spine labels PDF</translation>
    </message>
    <message>
        <source>贴在档案盒脊背上的标签，盒数：</source>
        <translation>Labels for the spines of the archive boxes; boxes:</translation>
    </message>
    <message>
        <source>报送函（Word）</source>
        <translation>Submission letter (Word)</translation>
    </message>
    <message>
        <source>可以修改后盖章的报送函</source>
        <translation>The covering letter, to edit and stamp</translation>
    </message>
    <message>
        <source>印证资料清单（Excel）</source>
        <translation>Evidence list (Excel)</translation>
    </message>
    <message>
        <source>所有文件的清单：指标、条目、文件名、页数、日期</source>
        <translation>Every file: indicator, item, name, pages, date</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>为什么%1对本单位不适用？请写明理由，依法治市办审核时会看到。</source>
        <translation>Why does %1 not apply to this unit? The office sees the reason when it reviews.</translation>
    </message>
    <message>
        <source>请写明理由后再确定。</source>
        <translation>Please give a reason first.</translation>
    </message>
    <message>
        <source>标为不适用</source>
        <translation>Mark as not applicable</translation>
    </message>
    <message>
        <source>例如：本单位不承担行政复议职能，此项由市司法局负责。</source>
        <translation>E.g. this unit has no administrative reconsideration duties; the Justice Bureau answers this one.</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>原来在</source>
        <translation>Was in</translation>
    </message>
    <message>
        <source>移除时间</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>移除人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>移除的文件先放在回收站里，可以恢复到原来的位置。彻底删除后不能恢复。</source>
        <translation>Removed files wait here and can be restored to their place. Files deleted for good cannot be restored.</translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete for good</translation>
    </message>
    <message numerus="yes">
        <source>彻底删除选中的 %n 个文件？删除后不能恢复。</source>
        <translation>
            <numerusform>Delete the selected file for good? It cannot be restored.</numerusform>
            <numerusform>Delete the %n selected files for good? They cannot be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>清空回收站？其中的文件将被彻底删除，不能恢复。</source>
        <translation>Empty the recycle bin? Its files are deleted for good and cannot be restored.</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <source>清空回收站…</source>
        <translation>Empty the bin…</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>谁在使用本程序？</source>
        <translation>Who uses this program?</translation>
    </message>
    <message>
        <source>请选择本单位的角色。选错了也没关系：这一步只决定新建哪一种工作区。</source>
        <translation>Choose your role. A wrong choice does no harm: it only decides which kind of workspace is created.</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>市直部门、区县政府和其他责任单位：收集本单位负责指标的印证资料，打印封面，导出报送包发给依法治市办。</source>
        <translation>City departments, district governments and other responsible units: collect the evidence for your indicators, print cover sheets, and export submissions for the office.</translation>
    </message>
    <message>
        <source>依法治市办</source>
        <translation>Rule-of-law office</translation>
    </message>
    <message>
        <source>牵头部门（市委依法治市办）：接收各单位的报送包，核验签名、汇总进度、审阅资料。</source>
        <translation>The leading office: receive the units&apos; submissions, verify their signatures, follow progress and review the evidence.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>正在添加 %n 个文件…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>已取消添加文件。</source>
        <translation>Adding files was cancelled.</translation>
    </message>
    <message>
        <source>添加文件</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>撤销删除网址“%1”</source>
        <translation>Undo deleting address “%1”</translation>
    </message>
    <message>
        <source>撤销改名“%1”</source>
        <translation>Undo renaming “%1”</translation>
    </message>
    <message>
        <source>撤销调整顺序</source>
        <translation>Undo reordering</translation>
    </message>
    <message>
        <source>撤销移除“%1”</source>
        <translation>Undo removing “%1”</translation>
    </message>
    <message>
        <source>已把“%1”移到回收站。</source>
        <translation>“%1” was moved to the recycle bin.</translation>
    </message>
    <message>
        <source>撤销移动“%1”</source>
        <translation>Undo moving “%1”</translation>
    </message>
    <message>
        <source>已把“%1”移到%2。</source>
        <translation>“%1” was moved to %2.</translation>
    </message>
    <message>
        <source>正在准备文件…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <source>已撤销。</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
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
<context>
    <name>WorkspaceEvidence</name>
    <message>
        <source>文件 %1 个，要求 %2</source>
        <translation>%1 file(s), %2 asked</translation>
    </message>
    <message>
        <source>尚未添加文件或填写情况说明</source>
        <translation>no file or statement yet</translation>
    </message>
    <message>
        <source>需要填写网址</source>
        <translation>a web address is needed</translation>
    </message>
    <message>
        <source>实地核查准备尚未完成</source>
        <translation>on-site preparation not finished</translation>
    </message>
    <message>
        <source>PDF 设有密码：打印和合并时可能无法处理，建议去掉密码后重新添加。</source>
        <translation>The PDF has a password: printing and merging may fail. Remove the password and add it again.</translation>
    </message>
    <message>
        <source>读不出这个 PDF 的页数，文件可能已损坏。请用 PDF 阅读器检查。</source>
        <translation>The page count of this PDF cannot be read; the file may be damaged. Check it in a PDF reader.</translation>
    </message>
    <message>
        <source>Word/Excel/WPS 文件：打印前需要转换为 PDF，建议另存为 PDF 后添加。</source>
        <translation>Word/Excel/WPS file: it must become a PDF to be printed. Save it as PDF and add that.</translation>
    </message>
    <message>
        <source>不是 PDF 或图片：不能打印，只能随报送包提交。</source>
        <translation>Not a PDF or picture: it cannot be printed, only sent with the submission.</translation>
    </message>
    <message>
        <source>成文日期早于本条要求的“%1年以来”。</source>
        <translation>Dated before the “since %1” this item asks for.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>同一个文件也添加在%1。</source>
        <translation>The same file is also attached to %1.</translation>
    </message>
</context>
</TS>
