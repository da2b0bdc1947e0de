# The golden cases, by file. Run: swift build && python3 scripts/update-golden.py

write("commands.txt", """
Every command form of the README, in one-shot mode, on 2026-04-14 (UK rules 2026/27). Figures
checked by hand in docs/formulas.md: £55,000 = $73,815.16 on 2026-04-13; UK quote £336.32/day over
223 days; employer cost £69,570.90; DE 2026 budget salary €101,740.88.
""", [
    "ratecalc convert 55000 GBP to USD",
    "ratecalc convert 55000 GBP to USD --on 2016-06-24",
    "ratecalc convert 55000 GBP to USD --on 2026-04-11",
    "ratecalc convert 40k-90k GBP to USD EUR",
    "ratecalc 550 EUR/day in GBP/hour",
    "ratecalc quote 75000 GBP --country GB",
    'ratecalc quote band "machine learning engineer" GB average',
    "ratecalc cost 60000 GBP --country GB",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --recruiting 20%",
    "ratecalc budget 120000 EUR --at 600 EUR/day --country DE",
    'ratecalc bands "machine learning engineer" --in USD',
    "ratecalc rates",
    "ratecalc sources",
    "ratecalc countries",
    "ratecalc currencies franc",
    "ratecalc salary 450 GBP/day --country GB",
    "ratecalc cost 200000 USD --country US",
    "ratecalc cost 100000 EUR --country DE",
    "ratecalc convert 100 EUR to GBP --on 2026-04-10",
    "ratecalc convert 100 EUR to GBP --on 2026-04-10 --round half-even",
    "ratecalc convert 55000 GBP to AED",
    "ratecalc convert 100000 USD to JPY",
    "ratecalc 55k GBP/year in EUR/day --country DE",
    "ratecalc 10000 USD/month in USD/hour --basis 22days",
    "ratecalc quote 75000 GBP --country GB --utilisation 80% --expenses 5000 --markup 10% --fee 10% --round-to 5",
    "ratecalc quote 75000 GBP --country GB --vary utilisation --from 60% --to 90% --step 10%",
    'ratecalc bands "machine learning engineer" --country GB --in USD,EUR --round-to 500',
    'ratecalc bands "machine learning engineer" --country GB --ppp 2024',
])

write("payroll.txt", """
The payroll engine on 2026-04-14: contributions pay period by pay period with each year's rules,
figures checked against scripts/check-payroll.py and the research file's worked examples.
US $250k for Jan-Jun 2026 pays Social Security on $125,000 ($7,750): the freelancer is cheaper.
""", [
    "ratecalc compare 250000 USD --vs 1110 USD/day --country US --months 6 --start 2026-01",
    "ratecalc compare 150000 CAD --vs 670 CAD/day --country CA --months 6 --start 2026-01 --explain",
    "ratecalc cost 60000 GBP --country GB --year 2024",
    "ratecalc cost 60000 GBP --country GB --year 2023",
    "ratecalc cost 60000 GBP --country GB --year 2028",
    "ratecalc cost 400000 AUD --country AU",
    "ratecalc cost 42000 EUR --country FR",
    "ratecalc cost 100000 EUR --country ES --year 2025",
    "ratecalc cost 240000 AED --country AE",
    "ratecalc cost 240000 AED --country AE --nationality national",
    "ratecalc cost 100000 USD --country US --year 2025 --state CA",
    "ratecalc cost 300000 ZAR --country ZA --payroll 2000000",
    "ratecalc cost 60000 GBP --country GB --leave 15",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --notice 1",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --notice 1 --notice-pay paid",
    "ratecalc budget 120000 EUR --at 600 EUR/day --country DE --salary €70000 --start 2026-07",
    "ratecalc compare 240000 USD --vs 1000 USD/day --country US --months 2 --start 2026-01 --json",
])

write("options.txt", """
Options on any command: --json (one document, exact decimal strings), --explain (steps, data
rows, sources), --round, --rates with a user's own file, --exact-date.
""", [
    "ratecalc convert 55000 GBP to USD --json",
    "ratecalc cost 60000 GBP --country GB --explain",
    "ratecalc quote 82770 NZD --holidays 12 --leave 20 --sick 5 --training 0 --explain",
    "ratecalc cost 60000 GBP --country GB --json",
    "ratecalc convert 90 GBP to USD --rates Tests/ratecalcTests/Golden/data/my-rates.csv",
    "ratecalc convert 1530.25 NGN to USD --rates Tests/ratecalcTests/Golden/data/naira.csv",
    "ratecalc rates --rates Tests/ratecalcTests/Golden/data",
    "ratecalc convert 1 EUR to USD --on 2026-04-11 --exact-date",
    "ratecalc --version",
])

write("errors.txt", """
Every error path: one line saying what is wrong, the command with a caret under the offending
part, exit 2 for a usage mistake and 1 for a calculation that cannot be done.
""", [
    "ratecalc compare 60000 GBP --vs -450 GBP/day --country GB",
    "ratecalc compare 60000 GBP --vs 85070591730234615653.167172532355513731 GBP/day --country GB --weekdays 260 --holidays 0 --leave 255.99999999999999999 --sick 0 --training 0",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 99999999999999999999",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 601",
    "ratecalc compare 60000 GBP --vs 99999999999999999999 GBP/hour --country GB",
    "ratecalc 550 EUR/day in GBP/hour --hours 0",
    "ratecalc 550 EUR/day in GBP/hour --hours 25",
    "ratecalc quote 75000 GBP --country GB --leave 400",
    "ratecalc cost 60000 GBP --country GB --leave 250 --sick 10",
    "ratecalc quote 75000 GBP --country GB --days 400",
    "ratecalc convert 100 EUR to USD --months 5",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --vary months",
    "ratecalc budget 120000 EUR --at 600 EUR/day --country DE --months 6",
    "ratecalc quote 75000 GBP --country GB --basis 2080",
    "ratecalc convert 100 EUR to USD --round-to 5",
    "ratecalc rates --explain",
    "ratecalc currencies zzz",
    "ratecalc convert 100 EUR to USD --leave 20",
    "ratecalc 550 EUR/day in GBP/hour --leave 20",
    "ratecalc quote 75000 GBP --country GB --staff 300",
    "ratecalc quote 75000 GBP --country GB --from 60%",
    "ratecalc cost 60000 GBP --country GB --tenure 12",
    'ratecalc bands "machine learning engineer" --country GB --ppp 2024 --per day',
    "ratecalc cost 60000 GBP --country GB --benefits 3000 GBP",
    "ratecalc convert 55000 GPB to USD",
    "ratecalc convert 55000 ¥ to USD",
    "ratecalc convert 1,1476 EUR to USD",
    "ratecalc convert 12abc GBP to USD",
    "ratecalc convert 1..2 GBP to USD",
    "ratecalc convert 55000 GBP",
    "ratecalc convert 55000 to USD",
    "ratecalc convrt 55000 GBP to USD",
    "ratecalc convert 55000 GBP to USD --jsn",
    "ratecalc convert 55000 GBP to USD --on",
    "ratecalc convert 55000 GBP to USD --on 2026-02-30",
    "ratecalc convert " + "9" * 400 + " GBP to USD",
    "ratecalc convert 6000000 NGN to GBP",
    "ratecalc convert 100 BGN to EUR",
    "ratecalc convert 1 KES to GBP",
    "ratecalc cost 60000 GBP",
    "ratecalc cost 60000 USD --country GB",
    "ratecalc cost 60000 GBP --country Germny",
    "ratecalc compare 60000 GBP --country GB",
    "ratecalc quote 40k-90k GBP",
    "ratecalc quote 75000 GBP --utilisation 0%",
    'ratecalc quote band "machine learning engineers" GB average',
    'ratecalc quote band "machine learning engineer" GB median',
    "ratecalc 550 EUR in GBP/hour",
    "ratecalc set colour blue",
    "ratecalc help nothing",
    "ratecalc convert 1 GBP to USD --rates no/such/file.csv",
    "ratecalc completions powershell",
    "ratecalc explain",
])

write("pipe.txt", """
Pipe mode: one command per line; results on stdout, errors on stderr prefixed with the line
number; a bad line does not stop the rest; exit 1 when any line failed. Settings, let, ans and _
carry from line to line.
""", [
    ("ratecalc", ["convert 55000 GBP to USD", "convert 55000 GPB to USD", "# a comment", "", "550 EUR/day in GBP/hour"]),
    ("ratecalc", ["set country GB", "set currency GBP", "settings", "quote 75000", "convert ans to USD",
                  "let rate = 550 EUR/day in GBP/hour", "rate", "convert rate to USD", "explain"]),
    ("ratecalc", ["set utilisation 80%", "set hours 7", "quote 60000 EUR --country FR", "unset utilisation",
                  "quote 60000 EUR --country FR"]),
    ("ratecalc --json", ["convert 100 EUR to GBP --on 2026-04-10", "bogus"]),
    ("ratecalc", ["help", "help quote", "quit", "convert 1 GBP to USD"]),
    ("ratecalc", ["let rate = quote 75000 GBP --country GB", "convert rate to USD", "_", "set round half-even",
                  "convert 100 EUR to GBP --on 2026-04-10", "exit"]),
    ("ratecalc", [
        "convert 55000 GBP to USD",
        "convert 55000 GBP to USD --on 2016-06-24",
        "convert 40k-90k GBP to USD EUR",
        "550 EUR/day in GBP/hour",
        "quote 75000 GBP --country GB",
        'quote band "machine learning engineer" GB average',
        "cost 60000 GBP --country GB",
        "compare 60000 GBP --vs 450 GBP/day --country GB --months 6",
        "budget 120000 EUR --at 600 EUR/day --country DE",
        'bands "machine learning engineer" --country UK --in USD',
        "rates",
        "sources --json",
    ]),
])

write("newcomer.txt", """
What a new user trips on (issue 12): input that means two things is never read silently one way;
options for a whole pipe; the caret under the part at fault.
""", [
    "ratecalc quote 75000 GBP --country GB --fee 0.5",
    "ratecalc quote 75000 GBP --country GB --utilisation 80",
    "ratecalc convert £40-90k to USD",
    "ratecalc convert 40k - 90k GBP to EUR",
    "ratecalc convert £500-90k to USD",
    "ratecalc convert 100 R to GBP",
    "ratecalc quote 75000 GBP --country GB --round-to 50",
    "ratecalc convert 100 EUR to USD --round-to 5",
    "ratecalc convert 100 NGN to GBP",
    "ratecalc set hours 25",
    "ratecalc set utilization 80%",
    ("ratecalc --country GB --currency GBP --round half-even --explain",
     ["quote 75000", "convert 100 EUR to GBP --on 2026-04-10"]),
    ("ratecalc --vs 450", ["rates"]),
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --ascii",
    "ratecalc rates --ascii",
    "ratecalc help fee",
    "ratecalc help utilization",
    "ratecalc help json",
    "ratecalc bands nobody",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 2 --start 2026-05 --json",
])

write("expressions.txt", """
Money expressions (help expressions): exact arithmetic on numbers, money, rates and durations,
with the calendar where periods meet, and every error an expression can give, with its caret.
""", [
    ("ratecalc", [
        "450 GBP/day * 220 days",
        "450 GBP/day * 6 months",
        "450 GBP/day * 6 months --country GB",
        "60000 GBP + 5000 GBP",
        "60000 GBP * 15%",
        "60000 GBP + 20%",
        "60000 GBP - 20%",
        "99000 GBP / 220 days",
        "2 * (3 + 4) - -1",
        "(55k GBP to USD) - 60k USD",
        "(55k GBP to USD) / 60k USD",
        "450 EUR/day in GBP/hour",
        "(450 EUR/day in GBP/hour) * 37.5 hours",
        "10 days in hours",
        "let budget = 120k EUR",
        "budget / (600 EUR/day)",
        "quote 75000 GBP --country GB",
        "ans * 1.1",
        "(quote 75k GBP --country GB) * 1.1",
        "(compare 60000 GBP --vs 450 GBP/day --country GB --months 6) * 2",
        "450 GBP/day * 220 days --json",
        "(55k GBP to USD) - 60k USD --explain",
    ]),
    ("ratecalc", [
        "60000 GBP + 5000 USD",
        "60000 GBP / 5000 USD",
        "5 GBP * 3 GBP",
        "450 GBP/day + 3 GBP/hour",
        "20 days + 1 month",
        "55k GBP / 0",
        "99999999999999999999 GBP * 10",
        "2 * (3 + (4",
        "2 * 3)",
        "1 +",
        "1 2",
        "GBP % 2",
        "5 GBP% * 2",
        "rate * 2",
        "(rates) * 2",
        "5 * 2 to USD",
        "40k-90k GBP * 2",
        "60000 GBP to GBP/day + 1",
        "(" * 70 + "1" + ")" * 70,
    ]),
])

write("charts.txt", """
Charts (issue 15): bands as ranges on one scale, the crossover chart over the months asked for,
--vary as bars; Unicode eighth blocks, ASCII with --ascii; --no-chart leaves a chart out; CSV.
""", [
    'ratecalc bands "machine learning engineer" --in USD --chart',
    'ratecalc bands "machine learning engineer" --in USD --chart --ascii',
    'ratecalc bands "machine learning engineer" --country GB --in EUR --no-chart',
    'ratecalc bands "machine learning engineer" --country GB --ppp 2024 --chart',
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 3",
    "ratecalc compare 60000 GBP --vs 300 GBP/day --country GB --months 36 --ascii",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --no-chart",
    "ratecalc quote 75000 GBP --country GB --vary utilisation --from 60% --to 90% --step 10% --chart",
    "ratecalc quote 75000 GBP --country GB --chart",
    "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 3 --csv",
    "ratecalc quote 75000 GBP --country GB --vary utilisation --from 60% --to 80% --step 10% --csv",
    "ratecalc convert 100 EUR to USD --csv",
])

write("hiring.txt", """
The hiring manager's questions (issue 14): one salary in several countries side by side, a
freelancer priced in another currency, monthly salaries and their payments a year.
""", [
    "ratecalc cost 70k EUR --country DE ES GB FR",
    "ratecalc cost 70k EUR --country DE,GB --in GBP",
    "ratecalc cost 70k EUR --country DE,GB --json",
    "ratecalc cost 60000 GBP --country GB --in EUR",
    "ratecalc compare 60k GBP --vs 450 EUR/day --country GB --months 6 --no-chart",
    "ratecalc compare 60k GBP --vs 450 EUR/day --country GB --months 6 --start 2026-01 --no-chart",
    "ratecalc cost 5000 EUR/month --country DE",
    "ratecalc cost 3000 EUR/month --country ES",
    "ratecalc cost 3000 EUR/month --country ES --payments 12",
    "ratecalc cost 60000 GBP --country GB --payments 14",
    "ratecalc quote 75k EUR --country DE ES GB FR --in EUR",
    "ratecalc compare 60k EUR --vs 450 EUR/day --country DE ES GB FR NG --months 12",
    "ratecalc compare 60k EUR --vs 450 EUR/day --country DE,GB --months 12 --json",
    "ratecalc budget 120k EUR --country ES",
    "ratecalc budget 120k EUR --country ES --months 6 --start 2026-07",
    "ratecalc budget 120k EUR --country ES --months 601",
    "ratecalc cost 50k,60k,70k GBP --country GB",
    "ratecalc compare 60k GBP --vs 400,450,500 GBP/day --country GB",
    "ratecalc compare 60k GBP --vs 1,500 GBP/day --country GB --months 3 --no-chart",
    "ratecalc quote 50k,60k GBP --country GB",
    "ratecalc compare 60k GBP --vs 450 GBP/day --country GB --vary months --from 3 --to 24 --step 3",
    "ratecalc compare 60k GBP --vs 450 GBP/day --country GB --vary recruiting --from 0% --to 30% --step 10%",
    ("ratecalc", ["set country GB", "set utilisation 80%", "let rate = 450 GBP/day", "scenario save uk-contract",
                  "scenario list", "unset country", "scenario load uk-contract", "settings", "rate * 2",
                  "scenario load nope", "scenario save ../etc"]),
])
