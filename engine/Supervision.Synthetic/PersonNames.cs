using Supervision.Model.Randomness;
namespace Supervision.Synthetic;

/// <summary>Common Chinese surnames and given-name characters for synthetic inspectors.</summary>
internal static class PersonNames
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
    ];

    private static readonly string[] GivenCharacters =
    [
        "伟", "芳", "娜", "秀", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平",
        "刚", "桂", "英", "华", "玉", "建", "国", "红", "文", "辉", "鹏", "飞", "宇", "博", "晨", "婷", "雪", "琳", "浩", "欣",
    ];

    public static string Draw(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var given = random.Bernoulli(0.3)
            ? random.Pick(GivenCharacters)
            : random.Pick(GivenCharacters) + random.Pick(GivenCharacters);
        return random.Pick(Surnames) + given;
    }
}
