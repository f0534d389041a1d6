<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CellPanel</name>
    <message>
        <source>点击矩阵中的一格，查看该单位该项指标的资料</source>
        <translation>Click a cell of the matrix to see that unit&apos;s evidence for that indicator</translation>
    </message>
    <message>
        <source>第一次使用：先在“单位与公钥”中登记各单位的公钥（导入 allowed_signers 文件，或照公钥登记表逐个登记），再把收到的资料包或U盘文件夹拖到上方。每一格的颜色表示该单位该项指标的报送情况。</source>
        <translation>First time: register the units&apos; keys under &quot;Units and keys&quot; (import an allowed_signers file, or one by one from the key registration forms), then drop the bundles or USB stick folders you received above. Each cell&apos;s colour shows what that unit sent for that indicator.</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1/%2 条材料齐全，%3 个文件</source>
        <translation>%1/%2 items complete, %3 files</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 个文件尚未收到</source>
        <translation>%1 files not received yet</translation>
    </message>
    <message>
        <source>这一格没有可预览的文件。</source>
        <translation>Nothing to preview in this cell.</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>尚未收到</source>
        <translation>not received yet</translation>
    </message>
    <message>
        <source>%1
SHA-256：%2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>网址：</source>
        <translation>Web address: </translation>
    </message>
    <message>
        <source>不适用的理由：%1</source>
        <translation>Why not applicable: %1</translation>
    </message>
    <message>
        <source>还缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>尚未审核</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>该单位不负责这项指标</source>
        <translation>This unit is not responsible for this indicator</translation>
    </message>
    <message>
        <source>这个文件不是 PDF，请用“用其他程序打开”查看。</source>
        <translation>This file is not a PDF; use &quot;Open with another program&quot; to view it.</translation>
    </message>
    <message>
        <source>请先选择“通过”或“需补充”。</source>
        <translation>Choose &quot;Passed&quot; or &quot;Needs more&quot; first.</translation>
    </message>
    <message>
        <source>材料与文件</source>
        <translation>Items and files</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>情况说明、网址</source>
        <translation>Statements, web addresses</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>需补充</source>
        <translation>Needs more</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>保存审核</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>审核意见：需补充时写明还缺什么、怎么改</source>
        <translation>Comment: for &quot;needs more&quot;, say what is missing and how to fix it</translation>
    </message>
</context>
<context>
    <name>OfficeMatrix</name>
    <message>
        <source>已齐全</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>部分报送</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Nothing sent</translation>
    </message>
    <message>
        <source>实地核查</source>
        <translation>On-site check</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>不负责</source>
        <translation>Not responsible</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>需补充</source>
        <translation>Needs more</translation>
    </message>
    <message>
        <source>有更新，待复核</source>
        <translation>Changed, review again</translation>
    </message>
    <message>
        <source>未审核</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>%1 · %2：不负责</source>
        <translation>%1 · %2: not responsible</translation>
    </message>
    <message>
        <source>%1 · %2：%3（%4/%5 条，%6 个文件）</source>
        <translation>%1 · %2: %3 (%4/%5 items, %6 files)</translation>
    </message>
    <message>
        <source>另有 %1 个文件尚未收到</source>
        <translation>%1 more files not received yet</translation>
    </message>
    <message>
        <source>审核：%1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>负责 %1：齐全 %2，部分 %3，未报送 %4，实地核查 %5，不适用 %6
审核：通过 %7，需补充 %8，待复核 %9
（表头的 x/y：无需再报送的 / 负责的）</source>
        <translation>Responsible %1: complete %2, partial %3, nothing %4, on-site %5, not applicable %6
Reviews: passed %7, needs more %8, to review again %9
(x/y in the header: nothing more to send / responsible)</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>印证资料审核 — %1 — %2</source>
        <translation>Evidence review — %1 — %2</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>分卷</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>首次收到</source>
        <translation>First received</translation>
    </message>
    <message>
        <source>衔接</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>公钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>最近</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>点名指标</source>
        <translation>Named in</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>登记的公钥指纹</source>
        <translation>Registered key fingerprints</translation>
    </message>
    <message>
        <source>当前报送</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>最近接收</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已报送单位 %1　齐全 %2/%3　需补充 %4　待复核 %5</source>
        <translation>Units submitted %1   complete %2/%3   needs more %4   to review again %5</translation>
    </message>
    <message>
        <source>接收记录（%1）</source>
        <translation>Received (%1)</translation>
    </message>
    <message>
        <source>接收记录</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>first</translation>
    </message>
    <message>
        <source>衔接无误</source>
        <translation>chains correctly</translation>
    </message>
    <message>
        <source>未核对</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>衔接不上</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>缺分卷</source>
        <translation>parts missing</translation>
    </message>
    <message>
        <source>第%1次</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>本办公钥指纹：%1</source>
        <translation>Office key fingerprint: %1</translation>
    </message>
    <message>
        <source>本办还没有签名密钥（生成审核意见时创建）</source>
        <translation>The office has no signing key yet (made with the first review file)</translation>
    </message>
    <message>
        <source>选择资料包</source>
        <translation>Choose bundle files</translation>
    </message>
    <message>
        <source>资料包 (*.zip *.index.json)</source>
        <translation>Bundles (*.zip *.index.json)</translation>
    </message>
    <message>
        <source>选择文件夹（如U盘）</source>
        <translation>Choose a folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>正在核验并接收资料包…</source>
        <translation>Verifying and receiving bundles…</translation>
    </message>
    <message>
        <source>有资料包的签名公钥尚未登记，已暂存：请在“接收记录”中核对指纹后登记。</source>
        <translation>Some bundles are signed by keys not registered yet and were held: check the fingerprints under &quot;Received&quot; and register them.</translation>
    </message>
    <message>
        <source>被拒收的文件及原因见“接收记录”。</source>
        <translation>Refused files and the reasons are listed under &quot;Received&quot;.</translation>
    </message>
    <message>
        <source>接收结果</source>
        <translation>Receive result</translation>
    </message>
    <message>
        <source>已保存对“%1”%2的审核。</source>
        <translation>Review of %1, %2 saved.</translation>
    </message>
    <message>
        <source>正在登记公钥…</source>
        <translation>Registering the key…</translation>
    </message>
    <message>
        <source>已登记“%1”的公钥 %2。</source>
        <translation>Registered the key of %1: %2.</translation>
    </message>
    <message>
        <source>该公钥签名的暂存文件：%1</source>
        <translation>Held files signed by this key: %1</translation>
    </message>
    <message>
        <source>登记公钥</source>
        <translation>Register key</translation>
    </message>
    <message>
        <source>选择 allowed_signers 文件</source>
        <translation>Choose an allowed_signers file</translation>
    </message>
    <message>
        <source>登记了 %1 个公钥，%2 个已登记过。</source>
        <translation>Registered %1 keys; %2 were registered already.</translation>
    </message>
    <message>
        <source>导入公钥</source>
        <translation>Import keys</translation>
    </message>
    <message>
        <source>正在导入公钥…</source>
        <translation>Importing keys…</translation>
    </message>
    <message>
        <source>本办签名密钥</source>
        <translation>Office signing key</translation>
    </message>
    <message>
        <source>本办还没有签名密钥，现在生成。
设置口令（至少 8 个字符）：</source>
        <translation>The office has no signing key yet; one is made now.
Choose a passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <source>再输入一次口令：</source>
        <translation>Enter the passphrase again:</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>签名审核意见需要本办签名密钥的口令：</source>
        <translation>Signing the review file needs the office key&apos;s passphrase:</translation>
    </message>
    <message>
        <source>请选择单位</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>请先在矩阵中点一下这个单位的任意一格。</source>
        <translation>Click any cell of that unit in the matrix first.</translation>
    </message>
    <message>
        <source>保存审核意见文件</source>
        <translation>Save the review file</translation>
    </message>
    <message>
        <source>审核意见 (*.zip)</source>
        <translation>Review file (*.zip)</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review file</translation>
    </message>
    <message>
        <source>已生成“%1”的审核意见文件（%2 项，其中需补充 %3 项）：
%4
请发给该单位导入。</source>
        <translation>Review file for %1 written (%2 reviews, %3 needing more):
%4
Send it to the unit to import.</translation>
    </message>
    <message>
        <source>正在签发审核意见…</source>
        <translation>Signing the review file…</translation>
    </message>
    <message>
        <source>保存催报清单</source>
        <translation>Save the missing-material list</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;Excel 工作簿 (*.xlsx)</source>
        <translation>Word document (*.docx);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在生成催报清单…</source>
        <translation>Writing the missing-material list…</translation>
    </message>
    <message>
        <source>保存汇总表</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在生成汇总表…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>印证资料审核（依法治市办）</source>
        <translation>Evidence review (rule-of-law office)</translation>
    </message>
    <message>
        <source>审核矩阵</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>把资料包（分卷 .zip、索引 .index.json）或整个U盘文件夹拖到这里，逐个核验后接收。</source>
        <translation>Drop bundle files (parts .zip, indexes .index.json) or a whole USB stick folder here: each is verified, then received.</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>显示全部单位</source>
        <translation>Show all units</translation>
    </message>
    <message>
        <source>不勾选时，只显示负责至少一项指标或已有报送的单位</source>
        <translation>When unticked, only units responsible for an indicator or that have submitted are shown</translation>
    </message>
    <message>
        <source>● 已齐全　◐ 部分报送　○ 未报送　实 实地核查　— 不适用　✓ 通过　! 需补充　↻ 有更新待复核</source>
        <translation>● complete  ◐ partial  ○ nothing  实 on-site  — n/a  ✓ passed  ! needs more  ↻ changed</translation>
    </message>
    <message>
        <source>各单位的报送</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>待确认公钥（签名公钥尚未登记，已暂存，未存入）</source>
        <translation>Waiting for a key (signed by an unregistered key; held, not stored)</translation>
    </message>
    <message>
        <source>核对指纹并登记…</source>
        <translation>Check fingerprint and register…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>拒收的文件</source>
        <translation>Refused files</translation>
    </message>
    <message>
        <source>清空列表</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>单位与公钥</source>
        <translation>Units and keys</translation>
    </message>
    <message>
        <source>登记公钥…</source>
        <translation>Register key…</translation>
    </message>
    <message>
        <source>导入 allowed_signers 文件…</source>
        <translation>Import allowed_signers file…</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>接收资料包…</source>
        <translation>Receive files…</translation>
    </message>
    <message>
        <source>选择资料包文件接收</source>
        <translation>Choose bundle files to receive</translation>
    </message>
    <message>
        <source>接收文件夹…</source>
        <translation>Receive folder…</translation>
    </message>
    <message>
        <source>接收一个文件夹（如U盘）中的全部资料包</source>
        <translation>Receive every bundle in a folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>生成审核意见…</source>
        <translation>Review file…</translation>
    </message>
    <message>
        <source>为当前选中的单位生成审核意见文件（本办签名）</source>
        <translation>Write the signed review file for the selected unit</translation>
    </message>
    <message>
        <source>催报清单…</source>
        <translation>Missing list…</translation>
    </message>
    <message>
        <source>为当前选中的单位生成催报清单</source>
        <translation>Write the missing-material list for the selected unit</translation>
    </message>
    <message>
        <source>汇总表…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <source>各指标报送与审核汇总、自评统计（.xlsx）</source>
        <translation>Submissions and reviews per indicator, self-assessment counts (.xlsx)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>（不是有效的 ssh-ed25519 公钥）</source>
        <translation>(not a valid ssh-ed25519 public key)</translation>
    </message>
    <message>
        <source>一致，可以登记。</source>
        <translation>They match; the key can be registered.</translation>
    </message>
    <message>
        <source>不一致：请逐字核对（区分大小写）。不一致时不要登记，并与该单位联系。</source>
        <translation>They differ: check character by character (case matters). Do not register a key that differs; contact the unit.</translation>
    </message>
    <message>
        <source>登记单位公钥</source>
        <translation>Register a unit&apos;s key</translation>
    </message>
    <message>
        <source>只有登记过公钥的单位发来的资料包才会接收。请对照单位盖章的公钥登记表，逐字核对指纹后登记。</source>
        <translation>Bundles are received only from units whose key is registered. Check the fingerprint character by character against the unit&apos;s stamped key registration form, then register it.</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>公钥：</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>粘贴登记表上的公钥（以 ssh-ed25519 开头的一行），或扫描二维码得到的一行</source>
        <translation>Paste the public key from the form (the line starting with ssh-ed25519), or the line its QR code holds</translation>
    </message>
    <message>
        <source>这把公钥的指纹：</source>
        <translation>This key&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>登记表上的指纹：</source>
        <translation>Fingerprint on the form:</translation>
    </message>
    <message>
        <source>照登记表逐字输入（或电话核对后输入），如 SHA256:…</source>
        <translation>Type it from the form (or as read out on the phone), e.g. SHA256:…</translation>
    </message>
</context>
</TS>
