using Supervision.Cli.Commands;

return Cli.Build().Parse(args).Invoke();
