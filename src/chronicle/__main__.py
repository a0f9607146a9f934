from chronicle.cli import app

app()
