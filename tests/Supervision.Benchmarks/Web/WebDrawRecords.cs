using System.Text;
using System.Text.Json;

namespace Supervision.Benchmarks.Web;

/// <summary>The <c>draws.record</c> of the copied draws: one as large as a real draw's (no page may read it), the others small.</summary>
internal static class WebDrawRecords
{
    /// <summary>A record as large as a real draw's: the plans, every task and every enterprise of the population with its pool.</summary>
    public static string Large(WebRegistry registry, string drawId, string planId, List<WebTask> tasks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("draw_id", drawId);
            json.WriteStartArray("plans");
            json.WriteStartObject();
            json.WriteString("id", planId);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("outcome");
            json.WriteStartArray("tasks");
            foreach (var task in tasks)
            {
                json.WriteStartObject();
                json.WriteString("task_id", task.TaskId);
                json.WriteString("uscc", registry.Usccs[task.Enterprise]);
                json.WriteString("name", registry.Names[task.Enterprise]);
                json.WriteString("department", registry.Departments[task.Department].Name);
                json.WriteString("visit_id", task.VisitId);
                json.WriteStartArray("team");
                foreach (var member in task.Team)
                {
                    json.WriteStringValue(member);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("population");
            for (var i = 0; i < registry.Usccs.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("uscc", registry.Usccs[i]);
                json.WriteString("name", registry.Names[i]);
                json.WriteString("pool", WebDrawLoader.Pool(i));
                json.WriteNumber("ratio", 0.05);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string Small(string drawId, string planId, int tasks)
        => JsonSerializer.Serialize(new { draw_id = drawId, plans = new[] { new { id = planId } }, outcome = new { task_count = tasks } });
}
