from linkchart.cli import app

app(prog_name="linkchart")
