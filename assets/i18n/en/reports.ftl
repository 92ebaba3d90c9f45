# The Reports screen (8): its reports, their titles and sentences.

report-funnel = Funnel
report-speed = Speed-to-lead
report-pipeline = Pipeline
report-targets = Targets
report-sources = Sources
report-reasons = Reasons
report-last-30-days = the last 30 days
report-30-days = 30 days
report-period = { $name }: { $from } to { $to }
report-reading = Reading the report…
report-sections-hint = { $sign } (sections, ↑/↓)
report-each-target = each target over its own period
report-by-source = by source
report-not-split = not split
report-split-by = by { $split }
split-source = source
split-campaign = campaign
split-owner = owner
split-origin = origin
report-by = By { $split }
report-bars = bars: { $column }
report-nothing-created = No lead was created in this period: [ goes back, p picks a longer one.
report-funnel-title = { $count ->
        [one] Funnel of the 1 lead created: how many reached each stage
       *[other] Funnel of the { $count } leads created: how many reached each stage
    }
report-per-day = { $days ->
        [one] New leads a day: { $count } over 1 day{ $sofar }, at most { $busiest } in a day
       *[other] New leads a day: { $count } over { $days } days{ $sofar }, at most { $busiest } in a day
    }
report-so-far = {" "}so far
report-speed-summary = { $count ->
        [one] Speed-to-lead of the 1 lead: answered { $answered } of them, median { $median }, 90th percentile { $p90 }.
       *[other] Speed-to-lead of the { $count } leads: answered { $answered } of them, median { $median }, 90th percentile { $p90 }.
    }
report-expired = { $count ->
        [one] Went cold untouched (expired): 1 lead.{ $running }
       *[other] Went cold untouched (expired): { $count } leads.{ $running }
    }
report-running = {" "}Still inside their SLA, not counted yet: { $running }.
report-within-sla = Answered within the SLA: { $within } of { $decided } ({ $share })
report-wait-histogram = How long the answered waited for the first answer
report-open = open
report-weighted = weighted (amount × probability)
report-open-pipeline = { $count ->
        [one] Open pipeline: 1 deal; { $stale } stale
       *[other] Open pipeline: { $count } deals; { $stale } stale
    }
report-closed = Closed in the period: { $won } won, { $lost } lost.
report-won = won
report-lost = lost
report-average-won = the average deal won
report-cycle = Average sales cycle: { $cycle }.
report-lost-because = Lost because
report-won-because = Won because
report-win-rate = Win rate: { $share }
report-forecast = Forecast: the open pipeline, weighted, by expected close month (bars in { $currency })
report-no-targets = No targets are set: add [[targets]] to the config (see config.example.toml).
report-targets-for = Targets for { $period } ({ $from } to { $to }): { $gone }% of the period gone
report-sources-title = { $count ->
        [one] What each { $split } brought of the 1 lead created; revenue in { $currency }, won at any time
       *[other] What each { $split } brought of the { $count } leads created; revenue in { $currency }, won at any time
    }
report-no-costs = No cost is set for these; add [[costs]] to the config for the cost per lead.
report-disqualified = Leads created in the period, disqualified
report-deals-lost = Deals lost in the period

col-report-stage = STAGE
col-report-reached = REACHED
col-report-to-next = TO NEXT
col-report-median-to-next = MEDIAN TO NEXT
col-report-leads = LEADS
col-report-to-customer = TO CUSTOMER
col-report-first-answer = FIRST ANSWER
col-report-answered = ANSWERED
col-report-median = MEDIAN
col-report-p90 = 90TH PCT
col-report-in-sla = IN SLA
col-report-expired = EXPIRED
col-report-deals = DEALS
col-report-amount = AMOUNT
col-report-weighted = WEIGHTED
col-report-stale = STALE
col-report-close-month = CLOSE MONTH
col-report-open = OPEN
col-report-won = WON
col-report-won-amount = WON AMOUNT
col-report-lost = LOST
col-report-win-rate = WIN RATE
col-report-open-weighted = OPEN WEIGHTED
col-report-customers = CUSTOMERS
col-report-revenue-won = REVENUE WON
col-report-cost = COST
col-report-per-lead = PER LEAD
col-report-per-customer = PER CUSTOMER
col-report-reason = REASON
col-report-count = COUNT
report-gone-by = { $month } (gone by)

duration-seconds = { $value } s
duration-minutes = { $value } min
duration-hours = { $value } h
duration-days = { $value } days
report-no-reason = (no reason given)
report-no-close-date = no close date

duration-call-minutes = { $value }m

period-month = { $month } { $year }
period-quarter = { $year }-Q{ $quarter }
period-week = week of { $day }

period-year = { $year }
