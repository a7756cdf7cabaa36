namespace Rectify.Embedded;

/// <summary>
/// The demo's sign-ins, one per role, all in 南京市 (the office) and 南京市大数据局 (the unit). Their
/// password is <c>Demo:Password</c> when set (it must pass the password policy), else generated per
/// account and printed once beside admin's. README.md names them; keep the two in step.
/// </summary>
internal static class DemoAccounts
{
    public const string Office = "demo-office";
    public const string Coordinator = "demo-coordinator";
    public const string PersonOne = "demo-person1";
    public const string PersonTwo = "demo-person2";
    public const string Liaison = "demo-liaison";

    /// <summary>The unit whose people sign in, and the office over it.</summary>
    public const string MainUnit = "中共南京市大数据管理局党组";
    public const string OfficeUnit = "中共南京市委巡察工作领导小组办公室党支部";

    public sealed record Cast(string Secretary, string Leader, string Coordinator, string PersonOne, string PersonTwo, string Liaison);

    /// <summary>Made-up names, different in each unit, so the demo names nobody real.</summary>
    public static readonly Cast[] People =
    [
        new("王建国", "李文华", "周敏", "张晓明", "陈静", "吴刚"),
        new("赵志强", "孙丽", "钱伟", "郑欣", "冯磊", "何平"),
        new("刘德明", "杨帆", "黄蕾", "许强", "邓婷", "谢军"),
        new("林国栋", "高洁", "罗斌", "梁晨", "宋佳", "唐勇"),
        new("韩立新", "曹颖", "彭涛", "蒋丽", "袁浩", "董明"),
        new("潘志远", "田甜", "石磊", "姚琳", "范伟", "方正"),
    ];
}
