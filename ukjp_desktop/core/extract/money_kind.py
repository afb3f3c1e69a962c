"""What a money figure is, read from the words around it: funding, investment, trade, market,
price or other.

Only funding and investment become funding lines; the others stay visible in the review but
unticked. The words nearest the figure decide ("£4 billion trade deficit", "£17 a share",
"whose stake is valued at £21m", "investing £22m"); a tie goes to the kind listed first in
``_CUES``, so "£92 billion invested in the UK" after "our largest investor" is a stock of past
investment (other), not new money.

Before the nearest word, the figure's own clause and noun phrase (``clauses.py``): "an initial payment
of $7m" is a price whatever the sentence says elsewhere. Some readings come before even that: exchange rates, unit prices (after "shares" or a per-cent
move), money paid for a stake or companies; and a figure whose nearest word says funding or investment
is a stock when its clause puts it in a past period or dates it to a year without giving or looking ahead
("¥765bn in 2010"), a market figure when a whole class of companies raised it or it is one end of a change
("fell from £8bn to £7bn", "81億ドルから79億ドルへと低下"), and other when the clause only imagines it ("might
each contribute £5m").
Round 6 (session 23) added: what something was bought, sold or paid for up front is a price; "£12m in grants"
names its money after "in"; a figure that moves by a per cent, is a share of a whole or one end of a change
("were down £40m", "up 30% to £111m", "from 8bn yen to 96bn yen") is a market figure, also when the nearest word
is a deal's; figures listed together share one reading; a plan in a clause of its own is no stock; a total given
since a body began, an aim ("The goal is to provide"), a turnover of many companies and a statistic for a past
half-year are not new money; "his firm's £800m scheme" is the company's own.
Round 8 (session 24) added: a rate written without "=" ("1ポンド180円"), 投じる as investing, salaries (年収) and
rents, ディール as deals, a Japanese statistic's move in brackets ("(24.5%減)", "(2.6倍)"), the value of a holding
(other), and "valued X at" (a price).
Round 9 (session 25) added: a stock or a dated statistic that counts a class of investors or a place's money
("Japanese groups invest £4.2bn ... between 2013 and 2017", "the £7bn that came from the US in the first half") is a
market figure, not one body's past money (other); what something costs or saves ("cost base", "savings", 費用,
自己負担, 事業費, "…円かかる") is other, unless it is the object of an investing verb ("総事業費のうち…を投じる"); what many deals came to ("spent $3bn to buy 37 UK firms", "12 deals ... which
totaled £538m") is a market figure, not a price.
Round 11 (session 26) added the Japanese words of two classes the English cues already had: a sale or a transfer (売却,
譲渡, 買い取る), a share price, a dividend and a company's worth are prices; 収入 (income) is a company's revenue.
Round 12 (session 26) added: a company's own accounts (premiums, premium or operating income, cash flow) are other;
taking over, snapping up and the sale of a company "for" a figure are prices; after "is worth" / "were valued at" the
clause's subject names the kind ("exports ... were valued at £14.6bn" is trade).
"""
from __future__ import annotations

import bisect
import re

from .clauses import clause_span, head_phrase
from .money import SCALE_WORDS

KINDS = ("funding", "investment", "trade", "market", "price", "other")
# the figure's equivalent in brackets right after it, which a phrase read after the figure steps over: "$25bn (£17bn)
# bail-out", "£41m (¥8bn) contract"
_EQUIVALENT_AFTER = r"(?:\s*\([^()\n]{0,40}\))?"
# (round 41) bonds taken up (引き受け) are money the taker puts in, not money it receives (sides.py reads it as paying)
BONDS_TAKEN_UP = r"引き?受け(?!先|人|手)"
# (round 78) what a student or a family pays: school fees and living costs (a price cue, unless _fees_paid_for)
_JA_FEE_WORDS = r"学費|生活費|交際費|教材費|寮費|滞在費|渡航費|留学費用"
FUNDING_KINDS = ("funding", "investment")

# (round 91, review 43) what shares, a stake or a company are worth at market: "market value of its stake" (a price; a
# sector's "market value" stays a market figure)
_VALUE_OF_HOLDING = (r"\s+values?\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:shares?|stakes?|holdings?|compan(?:y|ies)|group|business|equity|firm)\b")
# a named funding round's letters (round 105: late rounds too, "a $76 million Series G round")
_SERIES = r"Series\s+[A-J]"
_CUES: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx, re.I)) for kind, rx in [
    ("other", r"\bstakes?\s+(?:is\s+|was\s+)?valued\s+at|\bstakes?\b|\bshares?\s+(?:are\s+|is\s+)?worth|"
              r"worth\s+more\s+than|\bwr(?:ite|ites|ote|itten|iting)-?\s?(?:downs?|offs?)\b|impairment|"
              # (round 104: not the climate funds' "loss and damage", money given to poor countries hit by disasters;
              # review 47: a disaster's "losses and damage" stay other)
              r"\blosses\b|\bloss\b(?!\s+(?:and|&)\s+damage)|"
              r"asset\s+values?|\bassets\s+(?:totall?ing|worth|of|valued)\b|\b(?:total|its|their)\s+assets\b|総資産|資産|\brevenues?\b|\bturnover\b|\bturn(?:s|ed|ing)?\s+over\b|\bsales\b|(?<!non-)(?<!not-for-)\bprofits?\b|\btax(?:es)?\b|\bsalar(?:y|ies)\b|"
              # (round 151) a supplier's order book, and a payment firm's running total of transactions ("reaching the
              # US$1bn transaction milestone", "transaction volumes of $2bn"): no money anybody put in
              r"\border\s+books?\b|\btransactions?\s+(?:milestones?|volumes?)\b(?!-)|"
              # (round 153) an asset manager's own business: a credit fund's size ("a 400 million-euro ($537 million) CLO
              # fund"), what it realised selling ("realising €2.7bn across its portfolio"), a portfolio's targeted size
              # (review 57: not CLO managers a bank invests in, "realised early on that", nor money raised for research,
              # "Realising £2m for research": only what a sale or a portfolio realised)
              r"\bCLOs?\b(?!\s+(?:managers?|management|platforms?|firms?)\b)|\bcollaterali[sz]ed\s+loan\s+obligations?\b|"
              r"\breali[sz](?:ed|ing)\b(?=\s+(?:about\s+|around\s+|some\s+)?\S{1,20}\s+(?:across|from|on)\s+(?:the\s+|its\s+|their\s+)?"
              r"(?:sales?|exits?|disposals?|portfolios?)\b)|\bportfolio\s+size\b|"
              r"\btargets?\b|\bgoal\b|(?<!will be )(?<!to be )(?<!would be )invested\s+in\s+the\s+UK|年収|給与|給料|月給|年俸|\binvestor,?\s+with\b|"
              # a stock of past investment: "£80 billion of investment stock"
              r"\binvestment\s+stock\b|\bstock\s+of\s+(?:\w+\s+)?investment\b|"
              r"\bconstruction\s+of\b|(?<!economic )(?<!acquisition )\bcost\s+of\b|\bdifference\s+in\s+(?:the\s+)?costs?\b|(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)\bdirect\s+investment\b|"

              # what a body is made to pay, what it owes, what a project costs
              # (round 93) what a stoppage loses: "may cost up to £10m a day in lost production" (review 44: "in" lost
              # production only, not a plan "to replace lost income")
              r"\bin\s+lost\s+(?:production|output|sales|revenues?|income|business)\b|"
              r"\bfined\b|\bfines\b|\b(?:a|the|its|their)\s+fine\b|\bpenalt(?:y|ies)\b|\bdamages\b|\bdebts?\b(?!\s+facilit)(?!\s+(?:financing|funding|round)\s+of\b)|"
              # (round 70) a company's accounts: a loss ("plunged £544 million into the red"), what it sets aside to
              # compensate, its directors' pay, goodwill and book values
              r"\binto\s+the\s+red\b|\bin\s+the\s+red\b|\bin\s+red\b|\bcompensat(?:e|es|ed|ing)\b|\bremuneration\b|\bemoluments?\b|"
              r"\b(?:directors['’]?|executives?['’]?|executive|shared|total|chief\s+executive['’]s)\s+pay\b|\bpay\s+(?:packages?|of)\b|"
              r"\bgoodwill\b|\bnet\s+book\s+value\b|"
              # (round 72) what a company has already spent on a project ("it has already spent more than €450mn on the
              # project"; not "had spent": "Nissan had spent £100m preparing its plant for another new model" is
              # money put in), and investment a region needs ("€584 billion of investments are needed in Europe")
              r"\b(?:has|have|had)\s+already\s+spent\b|\b(?:are|is)\s+(?:needed|required)\b|"
              # (round 66) what a dispute is over: "a £13m dispute over fire safety"
              # (round 157: and what a body's lawyers cost it, "the legal costs for this service were just under one
              # million pounds")
              r"\bdisputes?\b|\blawsuits?\b|\blitigation\b|\blegal\s+(?:actions?|claims?|costs?|bills?|fees)\b|"
              # (round 130: and a company's borrowings, "買収に係る短期借入金2000億円")
              r"\bconstruction\s+costs?\b|\bcost[-\s](?:saving|cutting|reduction)s?\b|罰金|制裁金|債務|(?:短期|長期)?借入金|"
              # (round 40) what a company's reorganisation costs: "a $275m plan to streamline Takeda's R&D" (a plan or
              # a charge named, not any form of the verb: "invest £40m in a restructured rail business" is invested)
              r"\b(?:plans?|programmes?|programs?|schemes?|efforts?|drive|bid)\s+to\s+(?:streamline|restructure|"
              r"rationali[sz]e)\b|\b(?:restructuring|rationali[sz]ation|streamlining)\s+(?:costs?|charges?|plans?|"
              r"programmes?|programs?)\b|"
              # (session 28) money a business lost, and what a wrong is paid off with ("lost almost $30m", "£768m of
              # redress", "compensation of £600,000 each", 補償金, 賠償金)
              r"\b(?:lost|loses|losing)(?=\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|an\s+estimated)\s+)?"
              r"(?:[£$€¥]|US\$|USD|GBP|JPY|EUR|\d))|\bcompensation\b|\bredress\b|補償|賠償|"
              # money a listed company raises from the stock market: a placing or a rights issue sells its shares
              r"\b(?:equity|share)\s+(?:placing|placement)s?\b|\brights\s+issues?\b|公募増資|"
              # what something costs or saves, not money given: "trim $1bn off its cost base", "cost savings of
              # £40m", "自己負担額は5,000万円", "総事業費約2000億円"
              r"\bcost\s+(?:base|cuts?|cutting|savings?|reductions?)\b|\bsavings\b(?!\s+(?:challenger|bank|app|platform|"
              r"provider|start-?up|fintech|compan(?:y|ies)|firm)s?\b)|\bcut\s+costs\b|"
              r"費用|自己負担|事業費|(?:工費|建設費)(?!補助|助成|支援|交付)|"
              # (round 113) the running or building costs of a facility: "第1期工事の建設経費は約675億円と見積もられ",
              # "20年間の運転経費400億円" (a research grant's 研究経費 keeps its reading)
              # (review 50: only as the topic or the figure's own noun, not money given towards it, "建設経費として…を拠出")
              r"(?:建設|工事|運転|運営|維持|増強|整備)経費(?=\s*(?:は|が|も|約|総額|[\d０-９]))|"
              # (round 78) a fact box's cost line ("• Cost: ¥160 billion (£1.1 billion)"), money handed back ("40
              # million euros will be returned to City"; not "refund": a funder refunds travel costs), and the Japanese
              # of a rise or fall in revenue (増収, 減収)
              r"\bcost\s*:|\b(?:be|been|is|are|was|were|being)\s+returned\s+to\b|増収|減収|"
              # (probes2, session 27) what it costs to run a thing and what goes into pensions: "Operating costs at the
              # plant rose to £62m", 年間運営費, 維持費, 人件費, 年金制度に…を拠出
              r"\b(?:operating|running|operational|maintenance|staff|labour|labor|energy|fuel)\s+costs?\b|"
              r"運営費|運用費|維持費|人件費|管理費|年金|"
              # (probes, session 26) what a thing is to cost ("is expected to cost £120m", "its total cost is
              # estimated at"; not a call's ceiling: "the Japanese part can cost up to ¥30m"), cuts ("cut $1bn
              # from its costs"), what a body earns, pensions and their deficits, and the Japanese of
              # write-downs, costs and cuts (減損, 評価損, 償却, コスト, 削減)
              r"\b(?:to|will|would|which|that|could|may|might|can)\s+cost\b(?!-)(?!\s+up\s+to\b)|\bcosts?\s+(?=(?:about|around|some|nearly|almost|over|"
              r"an\s+estimated|more\s+than|[£$€¥]|\d))|\b(?:total|overall|estimated|projected|final)\s+costs?\b|"
              r"\bcut(?:s|ting)?\b(?![\s-]+(?:off|out|edge|of)\b)|\btrim(?:s|med|ming)?\b|\bslash(?:es|ed|ing)?\b|"
              r"\bearn(?:s|ed|ing|ings)?\b|\b(?:rake|rakes|raked|raking)\s+in\b(?![^.;]{0,60}\bfrom\s+investors\b)|\bpension\w*(?:\s+[\w-]+){0,4}?\s+deficits?\b|\bpensions?(?:\s+(?:funds?|schemes?|plans?))?\b|"
              r"減損|評価損|償却|コスト|削減|"
              # a nation's investment flows are statistics, like its direct investment
              r"\b(?:investment|capital|FDI)\s+(?:in|out)?flows?\b|\b(?:in|out)flows?\b|"
              # Japanese: a balance, foreign direct investment (national statistics), a flow, a deficit, a loss, sales, a target
              r"残高|直接投資|フロー|損失|売上|売り上げ|年商|利益|収益|収入|目標|"
              # (round 124) what a licensing office hands back to its university and inventors (還元額)
              r"還元額|還元金|"
              # (round 124) what a fund manages (運用規模, 運用資産): its size, no money put in
              r"運用規模|運用資産|運用総額|"
              # (round 101) a charge against a company's profits: "a £10m exceptional charge", "an impairment charge"
              r"\b(?:exceptional|one-?off|restructuring|impairment|non-?cash|accounting)\s+charges?\b|"
              # (round 100) a month's sales (月商), and what a player wins in a tournament: prize money for a result,
              # a season's or a career's winnings, a tournament's purse (優勝賞金, 獲得賞金, 賞金総額, キャリア通算,
              # "the winner's cheque"); a science prize's money keeps its reading (its 賞金 alone is no cue; 優勝 and
              # 賞金総額 only in a sentence about a sport: _TOURNAMENT_CUES)
              r"月商|優勝|獲得賞金|賞金総額|賞金王|キャリア通算|通算獲得|\bwinner['’]s\s+(?:cheque|check|purse)\b|"
              r"\bcareer\s+(?:prize\s+)?earnings\b|"
              # (round 12) a company's own accounts, like its revenue: an insurer's premiums and premium income, cash
              # flow, operating or net income (a sector's income stays a market figure)
              r"\bpremiums\b|\b(?:premium|operating|net|pre-?tax|annual)\s+income\b|\bcash\s?-?flows?\b|"
              # net flows and stocks of a nation's investment, money taken out
              r"\bnet\s+investment\b|純投資|ストック|引き上げ|引き揚げ|"
              # (round 15) the cash a company holds is a line of its accounts, like its revenue, not money put in:
              # "cash reserves of £7.9m", "a cash pile of $5bn", 現預金, 手元資金
              r"\bcash\s+(?:reserves?|piles?|holdings?|balances?|on\s+hand|and\s+(?:cash\s+)?equivalents)\b|"
              # (round 18) more lines of a company's accounts: what it holds ("cash and short-term investments of"),
              # its earnings before interest, tax and the rest
              r"\bcash\s+and\s+(?:short-term\s+)?investments\b|\bshort-term\s+investments\b|\bEBITDA\b|"

              r"現預金|手元資金|現金同等物|"
              # (round 83) more lines of a company's accounts: its debts (負債総額はおよそ9700万ポンド), net assets
              # (純資産), goodwill (「のれん」は1,241億円) and its total equity "as at" a date (a profile's share capital
              # and a lender's new business: _PROFILE_CAPITAL_BEFORE, _NEW_BUSINESS_BEFORE)
              # (review 41: a debts line, not any debt: "学生の負債を減らすため1億ポンドを奨学金に充てる" funds)
              r"負債総額|負債(?:合計|額)?\s*(?:は|が|[:：])|純資産|のれん|\btotal\s+equity\b|\bnet\s+assets\b|"
              # (round 90) a company's profit or loss line and its losses: 最終損益, 営業赤字, "債務超過続きの赤字会社"
              r"損益|(?:最終|営業)赤字|赤字会社|"
              # (round 91) money a company saves: "The planned spending reduction ... is projected at £17m", "a
              # ¥1-billion savings target", "a £616mn cost-saving programme"
              r"\b(?:spending|cost|budget)[\s-]+(?:reductions?|savings?)\b|\bsavings?\s+targets?\b|"
              # (round 91) an insurer's premium income and what a share is worth on the books: "gross written premium of
              # $US4.6 billion", "tangible book value per share of $28.59" (a premium or a price per share elsewhere stays
              # a price)
              r"\b(?:gross\s+|net\s+)?written\s+premiums?\b|\bbook\s+value(?:\s+per\s+share)?\b"),
    ("trade", r"bilateral\s+(?:trade|business)|\btrade\b|(?<!early )(?<!late )\btrading\b|\bexports?\b|\bexported\b|"
              r"\bimports?\b|\bimported\b|\bdeficit\b|\bsurplus\b|goods\s+and\s+services|貿易|輸出|輸入|"
              # (round 90: a company's loss is not a trade deficit: "最終損益も4120万ポンドの赤字", "赤字会社")
              r"(?<!最終)(?<!営業)赤字(?!会社)"),
    # (probes, session 26: venture money over a place or a year, with its investing word, is a market figure; a
    # venture capital firm or fund is a kind of business, not a market; what visitors spend is a market figure)
    # (session 31: not a product brought "to market", "go-to-market")
    # (round 141: not an export market, "the fifth largest export market for Scotch Whisky, worth £129 million": the
    # exports' worth)
    ("market", r"\bmarkets?\s+(?:was\s+|is\s+)?valued\s+at|(?<!\bexport\s)\bmarkets\b|"
               r"(?<!\bto\s)(?<!-to-)(?<!['’]s\s)(?<!\bexport\s)\bmarket\b(?!\s+(?:capitali[sz]ations?|caps?)\b|" + _VALUE_OF_HOLDING + r")|"
               r"(?<=['’]s\s)market\b(?!\s+(?:capitali[sz]ations?|caps?|values?)\b)|"
               r"venture(?:\s+capital)?\s+(?:investments?|funding|financing|deals)\b|ベンチャー(?:キャピタル)?投資|"
               # (round 124) and its letters, as a nation's year of it: "2019年のVC投資は£101億", "日本のVC投資額は"
               r"(?<![A-Za-z])VC投資|"
               # (round 129) and a country's year of private investment (the whole private sector's), "2024年の米国のAI民間投資額は
               # 1091億ドル"
               r"民間投資額|"
               r"venture\s+capital(?!\s+(?:firms?|funds?|arms?|investors?|compan(?:y|ies)|groups?|houses?|backers?)\b)|"
               r"\b(?:visitors?|tourists?|holidaymakers?)\b(?:\s+[\w-]+){0,3}?\s+spen[dt]\w*|訪日客|観光客|旅行者|消費額|"
               r"\bspending\s+by\s+(?:[\w-]+\s+){0,2}(?:visitors?|tourists?|holidaymakers?)\b|"
               r"capital\s+invest\w*|"
               r"(?<![A-Za-z])GDP(?![A-Za-z])|\beconomy\b|generates?\s+(?:an\s+)?income|\bincome\b|(?:industr(?:y|ies)|sectors?)\s+(?:is\s+|are\s+)?worth|"
               # (round 28) what an agreement adds to an economy ("an annual economic boost of £2 billion")
               r"\beconomic\s+boost\b|"
               # (round 78) the Japanese of an economic effect: "210億ポンドもの経済効果が上がっており"
               r"経済効果|経済波及効果|"
               # (round 16) what something is forecast or estimated to be worth: a value, not money paid ("the
               # agreement is estimated to be worth £130m over five years", "forecast to be worth £140bn")
               # (round 46: "could be worth £127m to British farmers over a period of five years")
               r"\b(?:to|could|would|may|might)\s+be\s+worth\b|"
               # a sector's growth ("boost the manufacturing sector by £455bn"); totals of many deals
               r"(?:industry|sector)\s+by\b|(?<![A-Za-z])M&A(?![A-Za-z])|\bdeals\b|ディール|\bacquisitions\b|市場|ベンチャーキャピタル|"
               r"\bopportunit(?:y|ies)\b|"
               # (round 46) the Japanese of a business opportunity: "最大6500万ポンド (約98億5270万円)の商機拡大"
               r"商機|ビジネスチャンス|"
               # what a sector generates, a nation's spending, an average over many
               r"\bgenerat(?:e|es|ed|ing)\b|\bcontribut\w*(?=(?:[^.;]|\.(?=\d)){0,40}\bto\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:economy|economic\s+output|GDP)\b)|\bof\s+GDP\b|\b(?:domestic|national|nationwide|gross)\s+(?:[\w&-]+\s+){0,2}"
               r"(?:investments?|spending|expenditure)\b|"
               # (not "the average grant": session 31)
               r"\baverage\b(?!\s+(?:grant|award|bursary)s?\b)|平均|"
               # (round 64) what films take at the box office: "the box office take for UK films shown in Japan"
               r"\bbox[- ]office\b|興行収入"),
    ("price", r"\bacqui(?:re|red|res|ring|sition)\b|takeover|\bbought\b|\bbuy(?:s|ing)?\b|\bsold\b|"
              r"\bsale\s+of|\ba\s+share\b(?!\s+of\b)|per\s+share|"
              # (round 91) what a buyer pays "for each American depositary share of Orchard" (the share's "of" is no
              # funding pot's "share of")
              r"\b(?:for|per)\s+each\s+(?:[\w-]+\s+){0,3}?(?:shares?|ADSs?)\b(?:\s+of\b)?|"
              # (round 91) what a listed company or a sold business is worth: "a market capitalisation of approximately
              # £1.5bn", "raising Intelligent Energy's market value to", "for equity value of USD2.3 billion" (a balance
              # sheet's "total equity value" stays a line of accounts; review 43: a sector's "market value" stays a
              # market figure, and a placing's or a listing's net proceeds are money raised, not a price)
              r"\bmarket\s+(?:capitali[sz]ations?|caps?)\b|(?<=['’]s\s)market\s+values?\b|\bmarket" + _VALUE_OF_HOLDING +
              r"|\bequity\s+value\b|買収|share\s+price|dividends?\b|\bpence\b|\bvaluations?\b|"
              # (round 149) a shop's recommended retail price: "the highest RRPs were around £30"
              r"(?-i:\bRRPs?\b)|\brecommended\s+retail\s+prices?\b|"
              # what a licence or a deal pays its seller
              # (not fees in general: a scholarship that covers "tuition fees of £9,250" funds them)
              r"\b(?:up-?front\s+|milestone\s+|initial\s+|licen[cs]e\s+)?payments?\b|\ban\s+up-?\s?front\b|\broyalt(?:y|ies)\b|\blicen[cs]e\s+fees?\b|"
              # (round 92) what a licensee pays on signing: "an initial signature fee of $18 million"
              r"\b(?:signature|signing)\s+fees?\b|"
              # (round 20) a deal's milestones and a licence agreement's worth ("five milestones totalling $17
              # million", "collaboration and licence agreement with Takeda worth up to $790m")
              r"\bmilestones\b|\blicen[cs](?:e|ing)\s+(?:agreements?|deals?)\b|"
              # (round 23) what a buyer pays, in a deal's own word ("Total consideration is capped at ...")
              r"\bconsideration\b|"
              # a share's closing, opening, high or low price and its move on the day (終値, 前日比17.5円高; round 116:
              # not a record level, 過去最高値)
              r"終値|始値|(?<!最)高値|安値|前日比|"
              # a bid for a company, an option on more of an order
              r"\b(?:its|the|an?|cash|takeover|rival|improved|final|revised|sweetened)\s+(?:\w+\s+)?(?:offer|bid)\b|"
              # Japanese, the same words as the English ones: what a holding or a business is sold, transferred or
              # bought out for ("売却額は", "株式売却により", "買い取る"), a share price, a dividend, what a company is worth
              r"売却|譲渡|買い?取[りるっ]|株価|配当|時価総額|評価額|"
              # (round 13) a price and what a company's shares or the whole company are worth: "カタログ価格", "株式価値"
              r"価格|株式価値|企業価値|"
              # (round 15) what a thing was acquired for: 取得額, 取得金額 (the Japanese of "the purchase price")
              r"取得額|取得金額|"
              # (round 83) and its other words for it: 取得価額, 取得総額, 取得原価, "unpaid acquisition cost of 4,311
              # million JPY"
              r"取得価額|取得総額|取得原価|\bacquisition\s+costs?\b|"
              # (round 16) what a sponsor pays for its name on a shirt, a stadium or an event: advertising bought, not
              # research funded ("a sponsorship deal worth £40m", スポンサー料, スポンサー契約)
              r"\bsponsorship\s+(?:deals?|fees?|contracts?|agreements?|rights|income|revenues?)\b|\bshirt\s+sponsor\w*|"
              r"\bnaming\s+rights\b|スポンサー料|スポンサー契約|スポンサー収入|胸スポンサー|"
              # (an option on an order, not "more attractive options for applicants")
              r"\b(?:an?|the|its|their|further|additional)\s+options?\s+(?:for|on|to)\b|"
              # (round 101: a deal to put money in is no price, "made a deal to plough pounds 450m into a new plant")
              r"\bvalued\s+at|\bvaluing\b|\bprice\b|\bmergers?\b|\benterprise\s+value\b|\brents?\b|\brental\b|賃貸料|家賃|賃料|\bpremium\b|(?<!\binvestment\s)(?<!\bfunding\s)\bdeal\b(?!\s+to\s+(?:plough|pump|invest|inject|put|spend)\b)|(?<!\bin\s)\border\b(?!\s+books?\b)|\bcontracts?\b|"
              # Japanese: an order won or placed, a contract, a winning bid
              r"受注|発注|契約|落札|"
              # (round 100) a player's transfer fee, and what a lot fetched at auction (値を付け, 値が付けられた)
              r"移籍金|\btransfer\s+fees?\b|値を付け|値が付|"
              # (round 101) what a buyer paid for a business ("the pounds 150m BAe paid for the business in 1988")
              r"\b(?:paid|pays|paying)\s+for\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:business|company|firm|group|"
              r"stake|shares?|unit|division|assets?)\b(?!['’]s\b)|"
              # a share price moving ("Shares rose to £4.20"); what a company is worth
              r"\bshares\s+(?:rose|fell|closed|jumped|dropped|slipped|climbed|gained|traded|opened)\b|"
              r"\b(?:company|firm|business|group)\s+(?:now\s+)?worth\b|"
              # (round 68) what a deal values a company at: "The investment will value OakNorth around $2.8 billion"
              r"\bvalu(?:e|es)\s+(?:the\s+)?(?:company|firm|business|group|start-?up|(?-i:[A-Z])[\w&.-]*)\b|"
              # (round 83) "take a stake ... that would value it at more than $1bn", "will receive £743.8m from selling
              # his 26% stake"
              r"\bvalu(?:e|es|ing)\s+(?:it|them)\s+at\b|"
              # (round 85) "would value the seven-year-old online finance firm at about £3billion"
              r"\bvalu(?:e|es|ing)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:company|firm|business|group|start-?up|bank|lender|fintech|"
              r"insurer|platform|app)\s+at\b|\bselling\s+(?:his|her|its|their|our|the|a)\s+(?:[\w.%-]+\s+){0,3}?"
              r"(?:stakes?|shares?|holdings?|business|unit|arm|division)\b|"
              # (round 71) what a thing sells for, what a purchase cost: "A starter kit will sell for ¥8,000", "the
              # purchase of the shares cost approximately 10 billion yen"
              # (review 35: not the purchase a grant is for: "available for the purchase of equipment", "UKRI will fund
              # the purchase of equipment worth £2m")
              r"\bsell(?:s|ing)?\s+for\b|\bretail(?:s|ing)?\s+(?:for|at)\b|"
              r"(?<!\bfor\s)(?<!\bfor\sthe\s)(?<!\bfund\sthe\s)(?<!\bfunds\sthe\s)(?<!\btowards\sthe\s)\bpurchase\s+of\b|"
              # (round 64) what a seat costs: "£10 tickets", "tickets at £10 each", "the cheaper seats at £15 upwards"
              r"\btickets?\b|\bseats\s+(?:at|from|cost)\b|チケット|"
              # (round 78) a booking line under an event ("£129 (£103) Book online"), and what a student or a family
              # pays: school fees and living costs (学費は年間450万~550万円, 生活費、交際費、教材費…の総額); not fees a
              # scholarship pays for (_FEES_PAID_FOR)
              r"\bbook\s+(?:online|now|here|your)\b|\bbookings?\b|" + _JA_FEE_WORDS),
    # (not a kind of business: "an investment bank", "the investment arm")
    # (round 21: a government's incentives or aid for investment are its grants: "£120 million was paid in investment
    # incentives to Japanese-owned companies", "inward investment grants")
    ("investment", r"\b(?:debt|loan|credit|financing)\s+facilit(?:y|ies)\b|\bancillary\s+facilities\b|"
                   # (round 72: a loan facility: "covers a £2.1bn debt facility and £0.5bn of ancillary facilities"; not
                   # "project financing", which would take a lender's side: _LOAN)
                   # (round 81) a named round: "Wayve's $1bn Series C" (before "a $600m+ acquisition" later on)
                   # (review 48: not rolling stock or bonds, "10 Series J trains", "Series I bonds")
                   rf"(?-i:\b{_SERIES})\b(?!\s+(?:trains?|locomotives?|cars?|bonds?|notes?|vehicles?|units?)\b)|"
                   # (round 152) a named round in Japanese: "シリーズCラウンドで", "シリーズ A ラウンドで"
                   r"シリーズ\s?[A-J]\d?\s?ラウンド|"
                   r"\binvest\w*\b(?!\s+(?:banks?|banking|banker|firms?|compan(?:y|ies)|houses?|groups?|managers?|arms?|trusts?|"
                   r"incentives?|grants?|aid|assistance|subsid\w*)\b)|capital\s+injection|\binject\w*|\bdeploy(?:s|ing)?\b|\bspend(?:s|ing)?\b|\bspent\b|投資|出資|融資|投じ|\bloans?\b|"
                   # (round 41) bonds taken up: "日本生命は7000万ポンドを引き受けます", 債券を購入
                   + BONDS_TAKEN_UP + r"|引受額|債券を(?:購入|取得)|"
                   # (round 124) a venture fund's close, the money its investors put in: "GBP3m規模のファンドをクローズし",
                   # "新ファンドをGBP33mでファーストクローズ", "reached a $40m first close"
                   r"ファンドを\s*(?:ファースト|ファイナル|最終)?クローズ|(?:ファースト|ファイナル|最終)クローズ|"
                   r"\b(?:first|final|second)\s+close\b"),
    # (round 153: not the firm that manages funds, "the UK-based fund manager to deploy up to $350 million in equity")
    # (review 57: "fund" as a verb keeps its reading, "The government will fund managers' training")
    ("funding", r"(?!(?<!\bwill\s)(?<!\bto\s)fund\s+(?:managers?|management|houses?)\b)\bfund\w*|\bgrants?\b|\bgovernment\s+(?:schemes?|initiatives?|competitions?)\b|\baward\w*|\bcall\b|programme|\bprogram\b|fellowship|\bincentives\b|"
                r"allowance|scholarship|stipend|budget|allocat\w*|commit\w*|pledg\w*|\bboost\b|"
                # (round 85: not a kind of business or a post, "the seven-year-old online finance firm")
                r"support\w*|subsid\w*|financ(?:e|ed|es|ing)\b(?!\s+(?:firms?|compan(?:y|ies)|houses?|groups?|ministers?|"
                r"ministry|ministries|directors?|chiefs?|sector|industry|arms?|providers?|platforms?|start-?ups?)\b)|\brequest\b|\bmatched\b|economic\s+cost|"
                # "a share of up to £2 million": a part of a competition's pot
                # (round 91: not a kind of share a buyer pays for, "each American depositary share of Orchard")
                r"(?<!depositary\s)(?<!ordinary\s)(?<!preference\s)\bshare\s+of\b|助成|支援|資金|研究費|補助|拠出|予算|基金|配分|割り?当て|(?<!株式)交付|"
                # (round 63) a funded study: "1,100万ポンドの実現可能性調査" (an £11m feasibility study)
                r"実現可能性調査|フィージビリティ・?スタディ|委託研究|"
                # money given
                # (round 58: "existing backer Origin Energy is kicking in another $50m"; review 34: not a threshold that
                # takes effect, "the higher rate kicks in at £50,270", nor where nothing follows to be kicked in: the
                # figure's own noun phrase, "rate kicks in", ends there)
                r"\bprovid(?:e|es|ed|ing)\b|\bdonat\w*|\bbenefactions?\b|\bcontribut\w*|"
                # (round 70) state aid: "the £61 million state aid", "£20.7 million in Business Department state aid
                # grants"
                r"\bstate\s+aid\b|"
                # (round 73) a prize's money: "a cash prize of Yen 500,000" (not a sports prize pot or prize money)
                r"\bcash\s+prizes?\b|"
                # (round 64) money handed over or diverted to someone: "Honda has handed over more than US$200
                # million", "persuaded to divert up to £100million to Brawn's team" (not a sentence handed down)
                r"\bhand(?:s|ed|ing)?\s+over\b|\bdivert(?:s|ed|ing)?\b|"
                r"\b(?:kick|chip)(?:s|ed|ped|ing|ping)?\s+in\b(?!\s*$|\s+(?:at|above|below|from|when|once|after|on|for|under|"
                r"over)\b)|"
                r"提供|寄付|寄附|"
                # (round 113) a state's share of a cost: "総事業費は、1547億円で、このうち日本負担分は約1393億円となる"
                r"(?:日本|英国|イギリス|国|政府|県|市|都)側?の?負担(?:分|額)"),
]]
_PRIORITY = {kind: i for i, (kind, _rx) in enumerate(_CUES)}
# one pass over the words around a figure: at one position the kind listed first wins
# (every cue starts with a letter: the look-ahead skips the other positions at once)
_ANY_CUE = re.compile(r"(?=[A-Za-z\u3040-\u30ff\u4e00-\u9fff])(?:" + "|".join(f"(?P<{kind}>{rx.pattern})" for kind, rx in _CUES) + ")", re.I)
_REACHES = (60, 250)   # look near the figure first; further only when nothing is near
_LONGEST_NAME = 300   # no organisation's name is longer


# (the grants' sizes that follow in the sentence too: "... average £1,500 to £2,000 and do not normally exceed £5,000")
_GRANTS_AVERAGE_BEFORE = re.compile(r"\b(?:grants?|awards?|bursar(?:y|ies)|scholarships?|fellowships?)\b[^.;£$€¥\d]{0,40}?"
                                    r"\baverag(?:e|es|ing)\b", re.I)
_AUM_AFTER = re.compile(r"\s+(?:of\s+|in\s+)?(?:assets\s+under\s+management|AUM)\b")
# (round 50: and a target for them, "boost assets under management by 7 percent to 63 trillion yen")
_AUM_BEFORE = re.compile(r"\b(?:assets\s+under\s+management|AUM)\s+(?:by\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+)?"
                         r"(?:of|at|reached|totall?ing|stood\s+at|is|was|to)\s+"
                         r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
# (round 85) what an asset manager manages, with the assets named after it: "It manages about €400bn in investments for
# Japanese clients" (review 41: not a funder's budget, "The British Council, which manages £10m of Newton Fund grants")
_ASSET_MANAGER_BEFORE = re.compile(r"\bmanag(?:es|ed)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_ASSETS_AFTER = re.compile(r"\s+(?:in|of)\s+(?:(?:client|clients['’]|customer|customers['’]|third-party|pension)\s+)?"
                           r"(?:assets|investments|funds|money|savings)\b", re.I)
# (round 96) money a manager has been given to manage, "had secured $1.5 billion in mandates for its investment management
# arm"; the capital of a firm described by it, "an investment manager with about €5.3 billion of capital"; the cash a
# company holds, "cash and available facilities totalling approximately £275 million": what a body holds, no money put in
# (review 45: not mandates a public bank deploys, "will deploy £250 million in mandates to regional fund managers"; not a
# new company's capital, "established a new company with ¥10 billion in capital"; only cash a holding word governs, "ended
# the year with cash of £3.7bn", "net cash stood at £400m", not cash put in, "will invest cash of £450m", "The offer
# comprises cash of £2.1bn")
_MANDATES_AFTER = re.compile(r"\s+(?:in|of)\s+(?:new\s+)?(?:(?:investment|fund|management|asset|pension)\s+)?mandates?\b", re.I)
_DEPLOYS_BEFORE = re.compile(r"\b(?:deploy|allocat|commit|invest|provid|plac)\w*\s+(?:(?:up\s+to|about|around|some|a\s+further|"
                             r"another)\s+)?$", re.I)
_HOLDER_WITH_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}?(?:managers?|firm|insurer|lender|house)\s+with\s+"
                                 r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_SETTING_UP = re.compile(r"\b(?:creat|set\s+up|sets\s+up|setting\s+up|establish|form(?:s|ed|ing)?\b|launch|incorporat|new\b)",
                         re.I)
_CAPITAL_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?:investor|client|committed|total)\s+)?(?:capital|assets)\b", re.I)
_CASH_HELD_BEFORE = re.compile(r"(?:\b(?:ha(?:s|ve|d)|hold(?:s|ing)?|held|ended\s+(?:\w+\s+){0,3}?with|reported|net)\s+"
                               r"(?:(?:its|their|now|total|a)\s+)?cash\b(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}?(?:facilities|"
                               r"equivalents|deposits))?\s+(?:totall?ing|amounting\s+to|of)\s+|\bcash\b(?:\s+(?:and|or)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:equivalents|deposits))?\s+(?:stood\s+at|stands\s+at|totall?ed|amounted\s+to|"
                               r"was|were)\s+)(?:(?:approximately|about|around|some|nearly|almost|over|more\s+than|just\s+over|"
                               r"just\s+under)\s+)?$", re.I)
# (round 83) the share capital in a company profile's table, "資本金:700万ポンド" (review 41: not a new company's, in an
# outline of one being set up: "■新会社の概要 … 資本金:500万ポンド(当社100%出資)")
_PROFILE_CAPITAL_BEFORE = re.compile(r"資本金\s*[:：]\s*$")
# (round 90) the capital of a company its own sentence says was set up in a past year, "2023年5月にスコットランドで…子会社を
# 設立し、資本金が1億2700万ポンド" (the capital of a new lab or subsidiary, told in a sentence of its own, "新研究所の資本金は
# 432,000ポンド", "現地法人の資本金は700,000ポンド", stays money put in)
_JA_CAPITAL_IS_BEFORE = re.compile(r"資本金\s*(?:は|が)\s*(?:約)?\s*$")
_JA_NEW_COMPANY_WORDS = re.compile(r"出資|新会社|新設|合弁")
_JA_SET_UP_IN_YEAR = re.compile(r"(?:19|20)\d\d\s?年[^。]{0,60}?設立(?:し\s*[、,た]|された)[^。]*$")
_NEW_COMPANY_NEAR = re.compile(r"新会社|新設|設立(?:する|予定|します)|出資比率|出資\)|出資）")
# (round 83) what a lender wrote in a year: "£4.65bn volume of new business", "New Business Volume £4.65bn" (review 41:
# the words must be the figure's own, not anywhere in its sentence)
_NEW_BUSINESS_BEFORE = re.compile(r"\bnew\s+business\s+volumes?\s*(?:of|was|were|reached|rose\s+to|at|:)?\s*"
                                  r"(?:(?:[£$€¥]|US\$)\s?\d[\d.,]*\s*(?:bn|m|mn|billion|million)?\s+){0,3}$", re.I)
_NEW_BUSINESS_AFTER = re.compile(r"\s+(?:volume\s+)?of\s+new\s+business\b", re.I)
# one body's direct investment, with its article, is money put in (a nation's "foreign direct investment" is a statistic)
_ONE_DIRECT_INVESTMENT_BEFORE = re.compile(r"\b(?:(?:represents|is|marks|makes|was|will\s+be)\s+(?:a|an)|this|the\s+company['’]s)\s+"
                                           r"(?:new\s+)?(?:foreign\s+)?direct\s+investment\s+"
                                           r"(?:of\s+|worth\s+|totall?ing\s+)(?:(?:about|around|some|nearly|almost|over|"
                                           r"more\s+than|up\s+to)\s+)?$", re.I)
_BOOST_TO_ECONOMY_AFTER = re.compile(r"\s+boost\s+(?:to|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}econom(?:y|ies)\b(?!-)", re.I)
_GIVER_BEFORE = re.compile(r"\b(?:provid|giv|gave|award|invest|allocat|commit|pledg|grant|fund|donat|contribut)\w*\b", re.I)
# an exchange rate: "1ポンド=約166円", "$1 = 0.619 British Pounds", "170円/英ポンド", "¥150 to the dollar"
_RATE_AFTER = re.compile(r"\s*[=＝]|\s*/\s*(?:英|米)?(?:ポンド|ドル|円|ユーロ)|\s+(?:per|to\s+the|to\s+one)\s+"
                         r"(?:British\s+|US\s+)?(?:pound|dollar|euro|yen)\b", re.I)
# (session 31) the rate as a sentence of its own: "(1ポンドは約145円)", "1ドルは150円"
_RATE_BEFORE = re.compile(r"[=＝]\s*(?:約\s?)?$|(?<![\d.,])1\s?(?:英|米)?(?:ポンド|ドル|ユーロ|円)\s?[はが]\s?$")
# (round 17) a return or a multiplier: "a £23 per £1 return", "£23 was generated per £1 of public investment", "for
# every £1 invested": neither figure is money anyone pays
_RATIO_AFTER = re.compile(r"(?:\s+(?:was|were|is|are)?\s*(?:generated|returned|created|added|earned)?)?\s+(?:per|for\s+(?:every|each))\s+"
                          r"[£$€¥]\s?1(?![\d.,])(?!\s?(?:m|bn|k|million|billion)\b)", re.I)
# (round 17) "the £14.6 million project", "the £10 billion project": a project named by its size is what it costs,
# whoever pays ("a £30 million project to fund ..." is announced money and keeps its reading)
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)   # (session 31: "This CHF 210 million project will see ...")
# (review 49) not when its clause names who funds it: "EPSRC has funded the £4 million (¥750 million) project", "The £4
# million (about ¥750 million) project is funded by Innovate UK and NEDO"
# (not "Nobody will say who is financing the £300 million development": round 102's development of unknown backing)
_FUNDER_VERB_BEFORE = re.compile(r"(?<!\bwho\sis\s)\b(?:fund(?:s|ed|ing)?|award(?:s|ed|ing)?|support(?:s|ed|ing)?|"
                                 r"back(?:s|ed|ing)?|financ(?:e|es|ed|ing)|grant-fund(?:s|ed)?)\s+(?:the|this|that)\s+$", re.I)
_FUNDED_BY_AFTER = re.compile(r"[^.;]{0,40}?\b(?:funded|supported|backed|financed|paid\s+for)\s+by\b", re.I)
# (round 24: a research project's sum is its funding, "the £12m robotics project will assist ...")
# (round 109: its equivalent may come between, "The £20 billion ($27bn) project was expected to provide employment")
_PROJECT_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?!(?:research|R&D|robotics|science|scientific|collaborative|joint)\s)"
                            r"(?:[\w-]+\s+)?projects?\b(?!\s+(?:fund|grant|call|competition))|"
                            # (round 102) a park, a resort or a development named by its size, its equivalent between:
                            # "The 32 billion yen (£185 million) park will become", "the £300 million development"
                            r"(?:\s*\([^()\n]{1,40}\))?\s+(?:theme\s+)?(?:parks?|resorts?|developments?)\b"
                            # (review 47: not "the £10 million development fund", "park and ride", "theme park expansion")
                            r"(?!\s+(?:funds?|funding|grants?|programmes?|programs?|awards?|loans?|budgets?|phases?|banks?|"
                            r"schemes?|plans?|and|expansions?|agenc(?:y|ies)|corporations?|compan(?:y|ies)|costs?)\b)", re.I)
# (round 111) the money of a funding round (every such figure the seen keys hold is an investment): "has closed a series A
# funding round of $32m", "a $600 million funding round for its quantum computing unit", "as part of a $8m equity round"
# (not a competition's round: "the second round of the Smart grants competition", "a £10m funding round for
# universities" is money given in rounds)
_ROUND_WORDS = r"(?:funding|financing|fundraising|investment|equity|seed|venture|series\s+[A-J]|pre-IPO)"
_ROUND_OF_BEFORE = re.compile(r"\b" + _ROUND_WORDS + r"\s+round\s+(?:of|worth|totalling|totaling)\s+(?:(?:about|around|"
                              r"some|nearly|almost|over|more\s+than|up\s+to)\s+)?$", re.I)
_FUNDING_ROUND_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?:Series\s+[A-J]|pre-IPO)\s+)?" + _ROUND_WORDS
                                  + r"\s+round\b(?!\s+(?:for|of)\s+(?:the\s+)?(?:universities|research|projects|applicants|"
                                  r"schools|charities|councils)\b)", re.I)
_LIFELINE_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+lifelines?\b", re.I)
_FOR_A_STAKE = re.compile(r"\b(?:stakes?|shares|equity|in\s+return\s+for|convertible)\b", re.I)
# (review 49) a generic funding, financing or investment round is a company's when its sentence says it was raised and names
# no public or charitable money ("The Horizon Europe funding round of €95 billion", "The charity's £500,000 funding round");
# a seed, venture, equity or lettered round always is
_COMPANY_ROUND_WORDS = re.compile(r"\b(?:seed|venture|equity|pre-IPO|series\s+[A-J])\s+(?:funding\s+|financing\s+)?round\b", re.I)
_RAISED_ROUND = re.compile(r"\b(?:clos(?:ed|es|ing)|rais(?:ed|es|ing)|complet\w+|secur\w+|led\s+by|joined|participat\w+|"
                           r"backed\s+by|spearheaded\s+by)\b", re.I)
_PUBLIC_ROUND = re.compile(r"\b(?:programmes?|programs?|Horizon|competitions?|calls?|schemes?|grants?|charit\w*|councils?|"
                           r"researchers?|communit(?:y|ies)|open\s+to)\b", re.I)


def _company_round(text: str, lo: int, hi: int) -> bool:
    return bool(_COMPANY_ROUND_WORDS.search(text, lo, hi)
                or _RAISED_ROUND.search(text, lo, hi) and not _PUBLIC_ROUND.search(text, lo, hi))


# (round 112) what clients must hold to be served: "customers with (at) least $5-million to invest", "sought clients with
# more than ¥200-million ($2.6-million) in financial assets"
# (round 117) what a project comes to when something delays, saves, freezes or scraps it ("the crisis is set to delay the
# £10bn scheme", "could save the £X project from collapse", "decided to freeze a ¥3 trillion ($28 billion) British nuclear
# power project"): its size, not money anyone puts in
_ACTS_ON_PROJECT_BEFORE = re.compile(r"\b(?:delay(?:s|ed|ing)?|sav(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|halt(?:s|ed|ing)?|"
                                     r"derail(?:s|ed|ing)?|threaten(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|"
                                     r"cancel(?:s|led|ling)?|shelv(?:e|es|ed|ing)|stall(?:s|ed|ing)?|suspend(?:s|ed|ing)?|"
                                     r"freez(?:e|es|ing)|froze|frozen|"
                                     # (round 122) and a business shut: "has already shut a pounds 9m operation there"
                                     r"shut|shuts|shutting|clos(?:e|es|ed|ing))\s+(?:the|its|a|this|their)\s+$", re.I)
# (review 51: no preposition or money noun between, "halt a ¥50 billion subsidy to the plant" halts the subsidy)
_PROJECT_NOUN_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?:(?!(?:to|for|in|into|of|at|from|grants?|subsid(?:y|ies)|"
                                 r"investments?|loans?|funding|support|stakes?)\b)[\w-]+\s+){0,3}?(?:schemes?|projects?|plants?|"
                                 r"developments?|stations?|factor(?:y|ies)|operations?|units?|divisions?|subsidiar(?:y|ies))\b", re.I)
# (round 117) a bill someone faces, and what something took to do, are costs: "British Nuclear Fuels faces a bill exceeding
# £50m", "it had taken years – and about £3m – to organise the shipment" (lower-case "bill": not a Bill before Parliament)
_BILL_BEFORE = re.compile(r"\bbills?\s+(?:(?:of|for|exceeding|topping|totall?ing|running\s+to|worth)\s+)?"
                          r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|in\s+excess\s+of)\s+)?$")
# (review 51) a bill before a legislature, or one that carries grants, is law, not a cost: "A bill worth £2bn in new R&D
# grants was tabled by ministers", "Congress passed a bill worth $52bn in subsidies"
_LAW_WORD_END = re.compile(r"(?:spending|funding|finance|budget|stimulus|omnibus|relief|appropriations?|supplementary)\s$")
_LEGISLATURE = re.compile(r"\b(?:Parliament|Congress|Senate|Diet|Lords|Commons|tabled|passed|signed|enacted|second\s+reading)\b")
_MONEY_NOUN_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?:in|of)\s+(?:[\w&-]+\s+){0,2}?(?:grants?|subsid(?:y|ies)|funding|"
                               r"support|investment)\b|[^.;]{0,30}?\bfor\s+[^.;]{0,30}?\bresearch\b", re.I)
# (review 51: only the cost idiom, an impersonal "it" or a piece of work as the subject: "UKRI takes £20m to fund ...",
# "Oxford Nanopore took in £100m to scale up" take money in)
_TOOK_BEFORE = re.compile(r"(?:\b[Ii]t\s+(?:(?:has|had|will|would|could|may|might|did|does|should)\s+)?(?:(?:also|only|already|still|"
                          r"just)\s+)?(?:been\s+)?|\b(?:project|work|works|clean-up|decommissioning|construction|programme|"
                          r"scheme|shipment|process|task|job)\s+(?:(?:has|had|will|would)\s+)?)"
                          r"(?:take|takes|took|taken|taking)\b(?!\s+(?:in|on|up)\b)[^.;£$€¥\d]{0,20}$")
_TO_DO_AFTER_COST = re.compile(r"\s*(?:[–—-]\s*|,\s*)?to\s+(?!the\b|a\b|an\b|fund\b|invest\b|finance\b|back\b|support\b|"
                               r"help\b|expand\b|scale\b|grow\b|boost\b)[a-z]+\b")

# (round 118) a total of many issues of bonds is a market's size: "has already driven ¥1.4trn (US$9.5bn) of transition
# bond issuance by 23 high-emitting Japanese companies in 88 deals"
# (review 51: no money noun or list between, and only a total over many issuers: one company's own bond issue is money
# it raises, "SoftBank plans $4bn of new bond issues")
_BOND_ISSUANCE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+of\s+(?:(?!(?:funding|support|loans?|and|for|of)\b)[\w-]+\s+){0,2}?"
                                  r"(?:bond|debt|note)s?\s+issu(?:ance|es)\b", re.I)
_MANY_ISSUERS = re.compile(r"\bby\s+(?:\d+|[a-z-]+)\s+(?:[\w-]+\s+){0,3}?(?:companies|issuers|firms|borrowers)\b|\bin\s+\d+\s+deals\b|"
                           r"\b(?:corporate|global|total|market)\s+(?:[\w-]+\s+)?(?:bond|debt|note)", re.I)
# (round 118) the amount of a grant the sentence before names, in a sentence of its own: "英政府からも助成金を獲得した。
# 金額は明らかにしていないが、関係筋によると、約1億ポンド(約154億円)と見られている"
_JA_AMOUNT_TOPIC = re.compile(r"\s*(?:その|同)?(?:金額|額|助成額|補助額)は")
_JA_GRANT_GOT = re.compile(r"(?:助成金|補助金|交付金)(?:を|も)(?:獲得|受け|得)")
# (review 51) another topic or amount between the opening "金額は" and the figure names another sum ("金額は非公表だが、同社の
# 時価総額は約10億ポンドだ", "金額は、親会社の日立が拠出する500億円とは別だ"), and an investment named after the grant may own it
_JA_SECOND_TOPIC = re.compile(r"[^、。]{1,12}は|時価総額|売上|評価額|投資額|買収額|総額|資本金|拠出|出資")
_JA_APART_AFTER = re.compile(r"[^。]{0,6}とは別")
_JA_INVESTMENT_TOO = re.compile(r"出資|投資")

# (round 119) damages a body sues for: "announced its intention to sue the Department for Health for £700m"
# (review 51b: no comma between, and the figure's "for" the first one after the suit, "After being sued last year, the
# company applied for £5m in Innovate UK funding" is a grant)
_SUED_FOR_BEFORE = re.compile(r"\b(?:[Ss]ue|[Ss]ues|[Ss]ued|[Ss]uing)\b(?:(?!\bfor\s+[a-z])[^.,;£$€¥\d]){0,60}\bfor\s+"
                              r"(?:(?:about|around|up\s+to|more\s+than|over|at\s+least)\s+)?$")
# (round 119) what a buyer paid a named supplier to take over or run a service ("The DH paid BT £546m to take over from
# Fujitsu"), and what a contractor would have received for its work ("the £896m it would have received for completing
# the entire project"): prices (a grant paid to a firm "to build" or "to expand" keeps its reading)
_PAID_BODY_BEFORE = re.compile(r"\b(?:paid|pay|pays|paying)\s+(?:[A-Z][\w&-]*\s+){1,3}(?:(?:about|around|some|nearly|almost|"
                               r"more\s+than|over)\s+)?$")
_SERVICE_TO_AFTER = re.compile(r"\s+to\s+(?:take\s+over|run|operate|manage|supply|maintain|replace|settle|terminate|end)\b"
                               # (review 51b: not a research unit a funder pays a university to run)
                               r"(?!\s+(?:a|the)?\s*(?:new\s+)?(?:[\w-]+\s+){0,2}(?:hub|centre|center|programme|projects?|call|"
                               r"network|institute|fellowships?)\b)")
# (review 51b) a funder paying, or a research body paid, is a grant: "UKRI paid Oxford University £10m to run ..."
_FUNDER_OR_RESEARCH_BODY = re.compile(r"\b(?:Universit\w*|College|Institute|Trust|Centre|Council|UKRI|Innovate\s+UK|EPSRC|BBSRC|"
                                      r"MRC|STFC|NERC|ESRC|AHRC|Wellcome|Foundation|Horizon\s+Europe|JSPS|JST|NEDO|AMED)\b")
# (review 51b: a contractor's due only, with its modal or its work: "the £2m grant they received for their research"
# stays a grant)
_RECEIVED_FOR_AFTER = re.compile(r"\s+(?:it|they|the\s+(?:company|firm|supplier|contractor|group))\s+(?:(?:would\s+have|"
                                 r"(?:was|were|had\s+been)\s+due\s+to)\s*(?:received?|earned?|been\s+paid|be\s+paid|get)\s+for\b|"
                                 r"(?:received?|earned?|been\s+paid|be\s+paid|got)\s+for\s+(?:completing|delivering|building|"
                                 r"supplying|running|operating|the\s+(?:contract|work|services?|system)|its\s+(?:work|services?)))",
                                 re.I)
_GRANT_NEAR = re.compile(r"\b(?:grants?|funding|award\w*|research)\b", re.I)

# (round 120) a settlement paid ("…元局長ら555人に対し5775万ポンド(…)を支払うことで和解が成立"), a profit target ("基礎利益相当額で
# 1千億円以上を目指し") and a price cap on goods ("対象は3万7,000ポンド以下のEV") are no money put in
_JA_SETTLEMENT_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*(?:を\s*支払う(?:ことで|形で)?\s*和解|の和解金)")
_JA_PROFIT_MEASURE_BEFORE = re.compile(r"(?:利益|売上高?|収益|営業益)(?:相当額)?で\s*(?:約)?\s*$")
# (review 51b: a target or a result, not profits reinvested, "収益で1億ポンドを英国の新規事業に再投資する")
_TARGET_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*(?:以上|超)?\s*(?:を目指|を見込|を目標|を計上|を達成|に達|となる|を確保)")
# (review 51b: not a cap on a grant for development, "1件あたり1億円以下の製品開発を支援する")
_JA_PRICE_CAP_AFTER = re.compile(r"(?:以下|未満)の\s*(?:EV|電気自動車|車両?|新車|製品|商品|住宅|物件|モデル)(?!開発|研究|試作|実証|化)")
_JA_PER_CASE_BEFORE = re.compile(r"(?:1件|一件)(?:あたり|当たり)\s*$|上限\s*$")

# (round 121) what a school charges: "at an annual tuition starting at 8.5 million yen", "Tuition costs between 8.5 and
# 9.2 million yen", a fee table's rows ("Regular Tuition Fees for Primary School ¥2,525,000 ¥870,000 ..."), unless the
# sentence says someone else pays them ("the scholarship covers tuition fees of up to £9,250")
_TUITION = re.compile(r"\b(?:tuition|school\s+fees|boarding\s+fees?|boarding\s+costs?)\b", re.I)
_FEES_COVERED = re.compile(r"\b(?:scholarships?|bursar(?:y|ies)|grants?|award(?:s|ed)?|cover(?:s|ed|ing)?|waiv(?:e|es|ed|er)|"
                           r"fund(?:s|ed|ing)?|sponsor\w*|stipends?|pays?\s+for|paid\s+for|reimburs\w*|subsid\w*|rewards?|"
                           r"prizes?|for\s+the\s+costs?\s+of|economic\s+(?:impact|contribution|benefit)|spending\s+by)\b", re.I)
# (round 121) a fee table's cell: a short line under a short line naming tuition ("Annual Tuition Fee (JPY)" over "2.5
# million JPY"; "Regular Tuition Fees for Secondary School / (Year 7 to Year 9)" over "¥2,570,000 ¥905,000 ...")
_FEE_TABLE_REACH = 300
_CELL_LINE = 60
# (round 121) debts a failed company owes its creditors: "creditors who are owed at least ¥43.9bn (£187m)"
_OWED_BEFORE = re.compile(r"\b(?:owed|owes|owing)\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|"
                          r"up\s+to)\s+)?$", re.I)

# (round 126) all of a company's shares taken over, with its debts: "英政府は同社の全株式資本と負債を含め260万ポンド(約4億円)
# を負担し" (the price of nationalising it; not money put in later, "さらに…4億ポンドの投資")
_JA_ALL_SHARES_BEFORE = re.compile(r"全(?:発行済)?株(?:式)?(?:資本)?(?:と[^、。]{0,10})?(?:を含め|を含む|を|の取得に)\s*(?:約|総額|計)?\s*$")
# (round 123) what one side of a deal pays the other if it is called off: "will pay a termination fees of £2.5 million",
# "a $50m break fee"
# (session 52) the hedge words the session's patterns allow right before a figure, spelled once
_HEDGE = r"(?:(?:about|around|approximately|some|nearly|almost|over|more\s+than|just\s+over|up\s+to)\s+)?"
# (round 128) what a sale is expected to fetch, said of the figure: "to help sell it by auction for a figure then expected
# to be around £400m", "sold for a sum thought to be over £50m"
_SALE_FIGURE_BEFORE = re.compile(r"\b(?:sell|sells|selling|sold|sale|auction)\b[^.;,]{0,60}?\bfor\s+an?\s+(?:figure|sum|price)\s+"
                                 r"(?:\w+\s+){0,2}?(?:expected|thought|said|reported|estimated|likely|understood|believed)\s+"
                                 r"to\s+(?:be|reach|top|exceed)\s+" + _HEDGE + "$", re.I)
# (round 137) what a country or a sector will need, an estimate nobody pays: "Japan will need around $147bn investment in
# renewables and storage to reach its 2030 energy aspirations"
_NEEDED_BEFORE = re.compile(r"\b(?:will|would|could|may)\s+(?:still\s+)?need\s+(?:(?:around|about|some|roughly|nearly|"
                            r"almost|over|more\s+than|an\s+estimated)\s+)?$", re.I)
_INVESTMENT_NOUN_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:of\s+|in\s+)?(?:new\s+|additional\s+|extra\s+)?"
                                    r"(?:investment|funding|capital)\b", re.I)
# (round 137) what something costs a named public body: "The cost to the Council is in the region of £200,000"
COST_TO_BODY_BEFORE = re.compile(r"\bcost\s+to\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){0,4}?(?:Council|Government|"
                                 r"Authority|Agency|Department|Treasury|[Tt]axpayers?))\s+(?:is|was|will\s+be|would\s+be)\s+"
                                 r"(?:(?:in\s+the\s+region\s+of|about|around|some|roughly|estimated\s+at|put\s+at)\s+)?$")
# (round 138) capital a company raised, right after its figure (a valuation word nearby does not make it a price); only
# 調達, not the 確保 that _JA_RAISED_AFTER also takes ("その他で541億円を確保する" is a financing plan's part)
_JA_CAPITAL_RAISED_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:以上|超)?\s*(?:の資金)?を\s*調達")
# (round 138) what something is worth, "価値にして…"
_JA_VALUE_OF_BEFORE = re.compile(r"価値にして\s*(?:約)?$")
# (round 136) the world's or a whole industry's total: "核融合への投資、世界で60億ドル突破"
_JA_WORLD_TOTAL_BEFORE = re.compile(r"(?:世界|世界全体|全世界|業界全体)で\s*$")
# (round 136) what something costs a named body, by its acronym: "a wider programme expected to cost ESA 150 million euro"
_COSTS_BODY_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+)?(?-i:[A-Z]{2,6})\s+$", re.I)
# (round 134) a figure whose own noun is funding: "公共セクター水素自動車向けの200万ポンドのファンディング" (a market word later
# in a run-on sentence, "最初の市場の1つとして", does not make it a market)
# (not a venture round's money, which the loanword names too: "シリーズAラウンドで、ベンチャーキャピタルから…のファンディング")
_JA_VENTURE_ROUND = re.compile(r"ラウンド|シリーズ[A-Z]|ベンチャーキャピタル|資金調達|出資")
_JA_FUNDING_NOUN_AFTER = re.compile(r"\s*の\s*(?:ファンディング|資金提供|資金支援|助成金?|補助金)")
# (round 128; review 53: the loanword alone is no cue, a venture round is "ファンディング" too) what applicants to a call may
# apply for, "5万~25万ポンドの範囲のファンディングを申請することができる"
_JA_CALL_FUNDING_AFTER = re.compile(r"\s*(?:の範囲)?の\s*ファンディング\s*(?:を|に|へ)\s*(?:申請|応募)")
_BREAK_FEE_BEFORE = re.compile(r"\b(?:termination|break(?:-?up)?|cancellation|walk-?away)\s+fees?\s+(?:of\s+)?" + _HEDGE + "$",
                               re.I)
_PER_ITEM_AFTER = re.compile(r"\s+(?:per|each|a|an)\s+(?!year\b|month\b)[a-z]+", re.I)
_BREAK_FEE_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:termination|break(?:-?up)?|cancellation|walk-?away)\s+fees?\b", re.I)
# (round 122) an auction's estimate ("carried the auction's second-highest estimate of £5 - 7 million", "Estimate: £6,000,000
# - 8,000,000") is a price; an agency's billings ("with billings of £29.7m") and a client's account named by its worth
# ("Honda's £27m UK business") are what business comes to; a share of a market ("(£6.7m or a 23% share)", "over 57%
# (£16.6m) of that £29m") and money spent across many units ("£5m was spent across 547,867 books") are a market's
_AUCTION_ESTIMATE_BEFORE = re.compile(r"\bestimate\s+(?:of\s+)?(?:(?:about|around|up\s+to)\s+)?$|^\s*Estimate\s*[:：]\s*$", re.I | re.M)
_BILLINGS_BEFORE = re.compile(r"\bbillings?\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_ACCOUNT_AFTER = re.compile(r"\s+(?:UK\s+|British\s+|European\s+|global\s+)?(?:business|account)\b(?!\s+(?:plan|case|rates?|"
                            r"support|growth|investment)\b)")
_POSSESSIVE_END = re.compile(r"['’]s\s+$")
_SHARE_OF_MARKET_AFTER = re.compile(r"\s*(?:or|,)\s+(?:a\s+)?\d+(?:\.\d+)?\s*%\s+share\b", re.I)
_PART_OF_THAT_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*%\s*\(\s*$")
_PART_OF_THAT_AFTER = re.compile(r"\s*\)\s+of\s+(?:that|the|this)\s+[£$€¥]")
# (round 122) an auction sale's figures ("fetched £4.3 million", "US$11.5 million Yoshitomo Nara painting leads Sotheby's
# evening sale") are prices, and a film's takings since release ("It currently stands at $4.3M after being released") a
# market's, unless the sentence gives money (a charity auction's proceeds, a film fund)
_AUCTION_HOUSE = re.compile(r"\b(?:Sotheby['’]s|Christie['’]s|Bonhams|hammer\s+price|evening\s+sale|sold\s+at\s+auction)\b|"
                            r"\b(?:lots?|paintings?|works?)\b[^.;]{0,40}\bfetch(?:ed|es)\b", re.I)
# (round 123) a sale's figure named by its rank ("The biggest individual sale was £100,100 ..., set for an impossibly rare
# bottle") and what a sale fetched ("fetching a combined total of £3.7m")
_RANKED_SALE_BEFORE = re.compile(r"\b(?:(?:biggest|highest|top|record|individual|single|best)\s+)+(?:sale|price|bid|lot)\s+"
                                 r"(?:was|is|of|at)\s+" + _HEDGE + "$|"
                                 r"\bfetch(?:ed|es|ing)\s+(?:(?:a|the)\s+(?:combined\s+)?total\s+of\s+)?" + _HEDGE + "$", re.I)
# (review 52) a country's sales abroad: "The record sale of £300m in exports to Japan", "whisky exports to Japan fetched"
_A_YEAR = re.compile(r"\b(?:a|per|each)\s+year\b|\bannually\b|\byearly\b", re.I)
_TRADE_SALE = re.compile(r"\b(?:exports?|imports?|exported|imported|trade)\b|輸出|輸入", re.I)
_RELEASE_TAKINGS = re.compile(r"\b(?:after|since)\s+(?:being\s+|its\s+)?release[ds]?\b", re.I)
_GIVING_WORDS = re.compile(r"\b(?:fund\w*|grants?|donat\w*|invest\w*|raised\s+for|proceeds|charit\w*|prize|put\s+up|"
                           r"commit\w*|capital)\b", re.I)
_SPENT_ACROSS_UNITS_AFTER = re.compile(r"\s+(?:was|were)\s+spent\s+(?:across|on)\s+[\d,]+\s+(?:books|copies|titles|items|units|"
                                       r"tickets|games)\b", re.I)

_CLIENTS_WITH_BEFORE = re.compile(r"\b(?:customers|clients|individuals|households|families|savers)\s+with\s+(?:(?:(?:at\s+)?least|"
                                  r"upwards\s+of|assets\s+of)\s+)?$", re.I)
# (round 112) the verb right before the figure (not "subscribe to", nor a subscription's contract, a price)
_SUBSCRIBES_BEFORE = re.compile(r"\bsubscrib(?:e|es|ed|ing)\s+(?:for\s+)?(?:(?:about|around|approximately|some|nearly|"
                                r"almost|over|more\s+than|up\s+to)\s+)?$", re.I)
# (round 111) a body named by its size, with at most three describing words between (a place "-based", a nationality or
# a name, "listed", a trade): what its assets or its shares are worth, not money it puts in ("the £50m fund" and "a £30m
# company investment" are not named so)
# (round 114, review 50: "of" only after a title, "Chairman of £50million investors Hitachi", "chief executive of £3bn
# insurer Aviva"; not "a commitment of £25 million")
_THE_BEFORE_SIZED = re.compile(r"\b(?:the|a|an)\s+$|(?P<title>\b(?:chair(?:man|woman)?|chief\s+executive|head|boss|"
                               r"president|director|founder|shares|owner)\s+of\s+$)", re.I)
_SIZED_BODY_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?:(?:(?-i:[A-Z])[\w&-]*|[\w-]+-(?:based|listed|owned)|listed|property|"
                               r"technology|tech|chip|energy|trading|insurance)\s+){0,3}(?:(?P<holder>giants?|investors?|"
                               r"asset\s+managers?|investors?\s+groups?|pension\s+(?:funds?|plans?)|sovereign\s+wealth\s+funds?|(?:activist|hedge)\s+funds?|insurers?|lenders?|"
                               r"banks?)|compan(?:y|ies)|groups?|firms?|conglomerates?|chipmakers?|carmakers?|"
                               r"businesses)\b"
                               # (review 49: the body noun ends its noun phrase, "The £500,000 company award" is an
                               # award: a verb, a name or punctuation follows)
                               r"(?=\s*[,.;:)]|\s*$|\s+(?:has|have|had|is|was|are|were|will|would|said|says|which|that|who|"
                               r"plans?|employs?|opened|bought|owns?|agreed|announced|(?-i:[A-Z])))", re.I)
# (round 109) the worth of a thing owned, named by it: "has formed a joint venture with ESR to own the US$870m (€725m) ESR
# Ichikawa Distribution Centre" (not "to own 5% in exchange for a £2.5m equity investment": no article before the figure)
_OWN_THE_BEFORE = re.compile(r"\b(?:own|owns|owned|owning)\s+(?:the|a|an)\s+$", re.I)
# (review 49: not a fund, a grant or a programme owned, "Councils own the £8m grant fund and allocate it locally")
_FUNDING_HEAD_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:[\w-]+\s+)?(?:grants?|funds?|funding|programmes?|awards?|schemes?|"
                                 r"endowments?)\b", re.I)
# (round 109) money already sunk into what was given up, named as a concession: "would not proceed with the plan, despite
# having put £2bn into it", "despite spending $1bn on the scheme"
_DESPITE_HAVING_PUT_BEFORE = re.compile(r"\bdespite\s+(?:having\s+)?(?:already\s+)?(?:put|putting|spent|spending|invested|"
                                        r"investing|sunk|sinking|poured|pouring|pumped|pumping)\s+(?:(?:about|around|some|"
                                        r"nearly|almost|over|more\s+than|an\s+estimated)\s+)?$", re.I)
# (review 49) only when its sentence says the plan was given up, and not that it goes on ("Despite investing £30m last
# year, Rakuten plans to invest another £20m", "EPSRC will continue funding")
_GIVEN_UP = re.compile(r"\b(?:abandon\w*|scrap\w*|cancel\w*|pull(?:ed|s|ing)?\s+out|withdr[ae]w\w*|not\s+(?:to\s+)?(?:go\s+ahead|"
                       r"proceed)|halt\w*|shelv\w*|suspend\w*|walk(?:ed|s)?\s+away|exit\w*|clos(?:e|ed|es|ing)|quit|sold|"
                       r"sell(?:s|ing)?|wr(?:ote|itten|ite)\s+(?:off|down)|gave\s+up|giv(?:e|es|ing)\s+up|dropped)\b", re.I)
_GOES_ON = re.compile(r"\b(?:continu\w*|keep\w*|kept|another|further|more(?!\s+than\b)|add\w*)\b", re.I)
# (round 18) what a company has raised to date in all: "pushing its total funds raised above $1bn" (the round itself,
# named before it, keeps its reading)
# (round 59: "It already raised a total of £20m via seed investment in 2017 and a series A in 2020")
_TOTAL_RAISED_BEFORE = re.compile(r"\btotal\s+(?:funds|funding|capital|investment)\s+raised\s+(?:to\s+date\s+)?(?:to|of|at|"
                                  r"above|beyond|past|over|is|was|stands\s+at)?\s*$|\braised\s+a\s+total\s+of\s+"
                                  r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
# (round 79) "In total, the company has secured $2.4bn of funding": a total to date, when no source follows the figure
# (not "In total, the project has secured £12m from the UK Government", "… £3m of Innovate UK funding")
_IN_TOTAL_SECURED_BEFORE = re.compile(r"\bin\s+total,?\s+[\w\s'’-]{0,40}?\b(?:has|have|had)\s+(?:now\s+)?(?:raised|"
                                      r"secured|attracted)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
                                      re.I)
_NO_SOURCE_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?:funding|financing|capital|investment)\b(?!\s+(?:from|led\s+by)\b)"
                              r"|\s*(?:to\s+date|so\s+far)\b|\s*[.;])", re.I)
_PER_ONE_RETURNS_BEFORE = re.compile(r"\bfor\s+(?:every|each)\s+(?:[£$€¥]\s?1|one\s+(?:pound|dollar|euro|yen))\b[^.;]{0,80}?\b"
                                     r"(?:deliver|generat|return|creat|add|bring|produc|yield)\w*\s+(?:back\s+)?"
                                     r"(?:(?:about|around|some|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$", re.I)
_PRICED_FROM_BEFORE = re.compile(r"\b(?:costs?|prices?|priced)\s+(?:starting\s+)?(?:at|from)\s+(?:just\s+|only\s+)?$", re.I)
# (round 89) what a thing sets a buyer back, and an item "costing" a sum with no scale word: "The rare Japanese wagyu
# steak will set you back £120", "a 250g slab costing £120" (a programme "costing 2.5 million pounds" is money put in)
_SETS_BACK_BEFORE = re.compile(r"\bset(?:s|ting)?\s+(?:you|them|us|him|her|buyers|customers|diners|shoppers|visitors)\s+"
                               r"back\s+(?:(?:just|only|about|around|nearly|almost|a\s+whopping)\s+)?$", re.I)
# (round 93: "It cost £12,145." of a car, "it cost £350" of a television: the thing, not a project, is the subject;
# review 44: below 100,000 and with no purpose or period after it, "It cost £45,000,000 to build", "It costs £500,000 a
# year to run" being a project's cost)
_COSTING_BEFORE = re.compile(r"\b[Cc]osting\s+(?:(?:just|only|about|around|nearly|almost|a\s+whopping)\s+)?$")
# (round 141: and "will each cost a handsome 1,000 pounds ($1,300) for a 720ml bottle"; review 55: not "It would cost
# £50,000 for the university to host", nor a cost a funder meets, "Each will cost £12,000 and is funded by JSPS")
_IT_COST_BEFORE = re.compile(r"\b(?:(?:[Ii]t|[Tt]hey|[Ee]ach|[Oo]ne)\s+|\b(?:will|would)\s+each\s+)cost(?:s|ed)?\s+"
                             r"(?:(?:just|only|about|around|nearly|almost|from|a\s+whopping|a\s+handsome|a\s+hefty|a\s+mere)\s+)?$")
_FUNDED_BY = re.compile(r"\b(?:funded|paid|met|covered|sponsored|supported)\s+by\b", re.I)
_SMALL_SUM = re.compile(r"\D*(?:\d{1,2},\d{3}|\d{1,5})(?:\.\d+)?\D*$")
_PURPOSE_OR_PERIOD_AFTER = re.compile(r"\s+(?:to\s+[a-z]+|a\s+year|per\s+(?:year|annum)|annually|each\s+year|a\s+month)\b",
                                      re.I)
# (round 94) what a project is expected or estimated to cost ("in what is expected to cost up to £10 billion to
# develop", "is estimated to cost £12.6m"): its cost, no money anybody puts in ("set to cost £135m" of one company's
# expansion is its investment, as the keys read it)
# (review 44: not when one payer bears it, "is expected to cost up to £240m and will be funded by the carmaker")
_PAYER_NAMED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:funded|paid\s+for|financed|met|covered)\s+(?:entirely\s+|wholly\s+)?by\b",
                                re.I)
_EXPECTED_TO_COST_BEFORE = re.compile(r"\b(?:expected|estimated|projected|forecast)\s+to\s+cost\s+(?:(?:up\s+to|about|"
                                      r"around|some|nearly|almost|over|more\s+than|in\s+excess\s+of)\s+)?$", re.I)
# (round 94) the whole a pledge goes towards: "a pledge of £5m towards a £10m 'Engineering Centre of Excellence'" (the
# part pledged is the money; "contributed towards the £4.5 million in funding" keeps its reading)
# (review 44: only after a part's figure in the clause, "The UK and Japan will each contribute towards a £30m research
# programme" being the money itself)
_TOWARDS_A_BEFORE = re.compile(r"(?:[£$€¥]\s?\d|\d\s*(?:[万億兆]|million|billion|bn|m)\b)[^.;£$€¥]{0,80}?\btowards\s+(?:a|an)\s+$",
                               re.I)
# (round 94) money a body secured or was awarded to do something: "Cairngorm Brewery ... secured £142,028 to take
# control of rising energy costs" (the purpose's words, "costs", say nothing of the money's kind)
_SECURED_BEFORE = re.compile(r"\b(?:secured|awarded|received|won|granted)\s+(?:(?:about|around|some|nearly|almost|over|"
                             r"more\s+than|a\s+further|an\s+extra|another)\s+)?$", re.I)
# (review 44: not a purchase, a refinancing or a compensation, "secured £500m to acquire the Hornsea stake", "received
# £50m to cover its losses")
_TO_DO_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be|date|acquire|buy|purchase|"
                          r"refinance|repay|pay|cover|settle|compensate|supply)\b)[a-z]+\b")
# (round 93) a bail-out named by the figure's own phrase: "persuade the US Congress to sign off a $25bn (£17bn) bail-out"
# (review 44: not a bail-out elsewhere in the sentence, "rejected a bail-out and instead raised £1bn from shareholders",
# nor one repaid, "repaid its £300m bail-out")
_BAIL_OUT_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:[\w-]+\s+)?bail-?\s?outs?\b", re.I)
_REPAY = r"repa(?:id|y|ys|ying)|pa(?:id|y|ys|ying)\s+back"
_REPAID_BEFORE = re.compile(rf"\b(?:{_REPAY}|reject\w*|refus\w*|turn\w*\s+down)\b[^.;]{{0,20}}$", re.I)
# (review 44) money paid back is no money put in: "The company repaid its £300m bail-out"
_REPAYS_BEFORE = re.compile(rf"\b(?:{_REPAY})\s+(?:(?:its|the|their|a|an|all|about|around|some|nearly|almost|over|"
                            r"more\s+than)\s+)*$", re.I)
# (round 93) a loss as the object of "lose": "Jaguar Land Rover warned it could lose £1.2bn", "lost almost $30 million";
# not an order or a contract lost to a rival ("Rolls-Royce loses pounds 440m Japanese order to US firm": its price)
_LOSE_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost)\s+(?:(?:about|around|up\s+to|more\s+than|over|some|nearly|almost|"
                          r"an\s+estimated)\s+)?$", re.I)
# (a noun of the figure's own phrase: "lose £400m on the contract" is a loss)
_ORDER_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?!(?:on|in|at|from|over|under|with|of|to|by|for)\s)[\w-]+\s+){0,2}"
                          r"(?:orders?|contracts?|deals?|bids?|tenders?)\b", re.I)
# (round 97) what a supplier is paid to do something: "Fujitsu will be paid another £41m to continue to supply and
# support the software", "It will be paid £250m by HMRC to replace an in-house system", "has been paid £50m to reduce its
# option" (a price for a service; every such passive of the seen keys is a price)
_BE_PAID_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|being)\s+paid\s+(?:(?:another|an\s+extra|a\s+further|up\s+to|"
                             r"about|around|some|more\s+than|over|nearly|almost)\s+)?$", re.I)
# (review 45: only a supplier's work, "to continue", "to run", "to replace", not a grant's purpose, "Farmers will be paid
# £30m to plant trees", "Universities will be paid £50m by UKRI to train more AI researchers")
_BY_PAYER = _EQUIVALENT_AFTER + r"(?:\s+by\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?"   # "by HMRC"
_BY_PAYER_TO_DO_AFTER = re.compile(_BY_PAYER + r"\s+to\s+(?:continue|keep|run|operate|maintain|replace|supply|deliver|build|"
                                   r"demolish|license|licence|reduce|give\s+up|manage|upgrade|install|decommission)\b")
# (review 45) money paid to settle or to compensate is neither a price nor money put in: "was paid £5m to settle the
# patent dispute", "will be paid £1bn to compensate sub-postmasters"
_TO_SETTLE_AFTER = re.compile(_BY_PAYER + r"\s+to\s+(?:settle|compensate)\b")
# (round 97) what a sale gives the holders of a stake: "The Stamper family was believed to own 51%, giving them up to
# £175m"
_GIVING_HOLDERS_BEFORE = re.compile(r"\b(?:own|owns|owned|owning|hold|holds|held|holding)\s+(?:a\s+|about\s+|around\s+|some\s+)?"
                                    r"[\d.]+\s*(?:%|per\s*cent|percent)[^.;]{0,30}?\bgiving\s+(?:them|him|her|it)\s+"
                                    r"(?:(?:up\s+to|about|around|some|more\s+than|over|nearly|almost)\s+)?$", re.I)
# (review 45: not a paper value or a yearly income, "giving it more than $50 billion on paper", "giving it £50m a year")
_ON_PAPER_OR_YEARLY_AFTER = re.compile(r"\s+(?:on\s+paper|a\s+year|per\s+year|annually|each\s+year|in\s+dividends)\b", re.I)
# (round 98) money held in escrow, a borrowing line and a loan's principal: "We deposited $91.0 million in escrow along
# with $23.1 million to fund potential foreign exchange fluctuations", "a credit agreement ..., providing for a principal
# amount of up to $250.0 million", "guaranteed GBP 19M ($38.3M) in debt facilities" (money set aside or borrowed, no
# money put in)
# (review 45: escrow in the figure's own phrase, "£100m held in escrow", or in the list a deposit in escrow opens, not
# anywhere in the sentence: "agreed to buy the business for £1.2bn, with £100m held in escrow" keeps its price; a
# borrowing line a lender or a government provides is no borrower's, "JBIC will provide £500m in debt facilities"; only
# a "principal amount")
_ESCROW_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?:was|were|is|are|will\s+be|to\s+be|has\s+been|had\s+been|"
                           r"being)\s+)?(?:(?:held|placed|deposited|paid|put|kept)\s+)?(?:in|into)\s+(?:an?\s+|the\s+)?escrow\b",
                           re.I)
_ESCROW_LIST_BEFORE = re.compile(r"\bin(?:to)?\s+(?:an?\s+|the\s+)?escrow(?:\s+account)?\s+(?:along\s+)?with\s+(?:[^.;]|\.\d)*$|"
                                 r"\bescrow\s+(?:amount|deposit|account)\s+of\s+(?:(?:up\s+to|about|around|approximately|some)\s+)?$",
                                 re.I)
_FACILITY_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:in|of)\s+(?:new\s+)?(?:debt|credit|loan|banking|revolving|bridge)\s+"
                             r"(?:facilit(?:y|ies)|lines?)\b", re.I)
_LENDER_PROVIDES_BEFORE = re.compile(r"\b(?:provid|offer|extend|lend|lent|grant|announc|commit|mak)\w*\s+(?:[\w-]+\s+){0,2}?$",
                                     re.I)
_PRINCIPAL_BEFORE = re.compile(r"\bprincipal\s+amount\s+of\s+(?:(?:up\s+to|about|around|approximately|some)\s+)?$", re.I)
# (round 97) money for compensation or redress is no money put in: "has received more than £1bn in taxpayer subsidies for
# its Horizon scandal compensation scheme", "agreed to pay £40 million in compensation to Kansai" (every such figure of
# the seen keys is other)
# (review 45: compensation or redress as the figure's own purpose, "£40 million in compensation", "subsidies for its ...
# compensation scheme", not past a comma, "to", "with" or "and", nor the verb "to redress regional imbalances")
_COMPENSATION_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:in|as|of|for)\s+(?:[\w-]+\s+)?(?:compensation|redress)\b|"
                                 r"(?:(?!\b(?:to|with|and|separate|which|while)\b)[^.;,]){0,60}?\b(?:compensation|redress)\s+"
                                 r"(?:schemes?|funds?|payments?|claims?|packages?)\b", re.I)
# (round 96) money seized, confiscated or stolen is no money put in: "the seizure of more £300,000 from a drug dealer",
# "more than £1.2 million in bitcoin was confiscated"
_SEIZED_BEFORE = re.compile(r"\b(?:seiz(?:e|es|ed|ing|ures?)|confiscat(?:e|es|ed|ing|ions?)|forfeit(?:s|ed|ing|ures?)?|"
                            r"st(?:ole|olen|eal|eals|ealing)|theft\s+of|launder(?:s|ed|ing)?|embezzl(?:e|es|ed|ing|ement\s+of)|"
                            r"froze|freez(?:e|es|ing))\s+"
                            r"(?:of\s+)?(?:(?:about|around|some|nearly|almost|over|more|more\s+than|an\s+estimated)\s+)?$", re.I)
_SEIZED_AFTER = re.compile(r"(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:was|were|had\s+been|has\s+been|have\s+been|"
                           r"being|is|are)\s+(?:(?:later|then|also|reportedly)\s+)?(?:confiscated|seized|forfeited|stolen|"
                           r"laundered|embezzled)\b", re.I)
# (round 101) what a listing would value a company at: "abandoned a £5bn London listing", "a pounds 1.5bn flotation"
_LISTING_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?:London|New\s+York|Tokyo|stock[- ]market|stock[- ]exchange|share|"
                            r"planned|proposed|possible)\s+){0,2}(?:listing|flotation|float)\b"
                            # (review 46: not a grant or a scheme named for listings, "a £5m listing support grant", nor
                            # money a listing raises for a purpose, "The £400m float will fund the construction of")
                            r"(?!\s+(?:support|grants?|schemes?|programmes?|funds?|rules|regime)\b)"
                            r"(?![^.;]{0,40}?\b(?:to|will|would)\s+(?:be\s+used\s+to\s+)?(?:fund|finance|pay\s+for|build)\b)",
                            re.I)
# (round 100) the Japanese of a fund's target size: "過去最大級の1000億ドル(日本円で10兆円)規模のファンドを目指す" (a fund
# of a scale that exists, "300億円規模の投資ファンド", stays money put in)
_JA_FUND_SIZE_AIMED_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*規模の\s*(?:[^\s。、]{0,8}?)ファンド"
                                       r"(?:の?(?:設立|組成))?を目指")
# (round 96) a fund's target size with the fund as the one raising: "New Mitsubishi-UBS commercial property fund aims to
# raise £500m", "an investment fund … that has the potential to raise up to £500m" (not a manager raising for a fund of
# its own, "4Bio said it aims to raise $200m to $300m for its third fund": investment)
# (review 45: the fund as the head of the subject, after an article or a sentence's start, with an apposition or a
# participle phrase between; not funds named as backers or sources, "backed by funds including SBI", "which received
# funds from JETRO", nor the verb, "The council will fund the first phase and hopes to raise £10m")
# (round 124: after an owner's possessive, and in the past, "SoftBank’s second Vision Fund, which was initially planned to
# raise $108 billion")
_FUND_AIMS_BEFORE = re.compile(r"(?:^|[.;:!?\n]\s*|\b(?:the|a|an|its|their|new)\s+|(?<=\w)['’]s\s+)"
                               r"(?:(?!(?:by|from|with|of|backed|including|and|which|that|who)\b)[\w'’-]+\s+){0,4}?funds?\b"
                               r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:replenishment|appeal|campaign|drive)\b)?"
                               r"(?:\s*,[^,.;]{0,80},|\s+(?:focus(?:ing|ed)|invest(?:ing|ed)|set\s+up|launched|backed|managed|run)"
                               r"\b[^,.;]{0,80}?)?,?\s+(?:(?:that|which)\s+)?(?:(?:is|are|will\s+be|was|were)\s+)?"
                               r"(?:(?:initially|originally|first)\s+)?(?:aims?|aiming|hopes?|hoping|"
                               r"seeks?|seeking|targets?|targeting|has\s+the\s+potential|have\s+the\s+potential|is\s+expected|plans?|"
                               r"planning|planned|intended|meant|designed)\s+to\s+raise\s+(?:(?:up\s+to|as\s+much\s+as|about|around|some|more\s+than|over)\s+)?$",
                               re.I)
# (round 89) the figure as the object of "invest": what a body invests in exports or trade is still money put in
_TO_INVEST_BEFORE = re.compile(r"\binvest(?:s|ed|ing)?\s+(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
                               re.I)
# (round 81) what a sale brings its seller: "Nanna Therapeutics sale to Astellas Pharma could haul in up to £69.5m"
# (only with a sale's word before it in its clause: "the start-up hauled in $50m in its Series B, months before its sale
# to Sony" is a round; review 40)
_SALE_BRINGS_BEFORE = re.compile(r"\b(?:haul(?:s|ed|ing)?\s+in|bring(?:s|ing)?\s+in|brought\s+in|fetch(?:es|ed|ing)?)\s+"
                                 r"(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|as\s+much\s+as)\s+)?$",
                                 re.I)
_SALE_WORD = re.compile(r"\b(?:sale|sell(?:s|ing)?|sold|takeover|buyout|acquisition)\b", re.I)
# (round 81) a class of firms by the money they have raised: "London's 14 tech start-ups with over £65m of total
# funding" (a threshold, no money put in)
_CLASS_WITH_BEFORE = re.compile(r"\b(?:start-?ups|scale-?ups|companies|firms|businesses|unicorns)\s+with\s+(?:(?:over|more\s+than|"
                                r"at\s+least|in\s+excess\s+of|under|less\s+than)\s+)?$", re.I)
# (round 82) a target, an ambition or a goal of a sum is no money put in: "an initial ambition of $3 billion in
# guarantees", "ADB's ambition for $100 billion", "a total replenishment goal of US$400 million" (every such figure of
# the seen keys is other)
_TARGET_OF_BEFORE = re.compile(r"\b(?:ambitions?|aims?|targets?|goals?)\s+(?:of|for)\s+(?:(?:up\s+to|about|around|some|"
                               r"nearly|almost|more\s+than|over)\s+)?$", re.I)
# (round 82) the rich countries' yearly climate-finance promise: "their promise to mobilize $100 billion per year",
# "先進国は…年間1000億ドルを拠出するとしていた" (a goal of many donors, not one's money)
# (review 40: the rich countries as the promise's makers, not any mention of them: "Japan, among the developed nations,
# pledged an additional $10 billion each year" is Japan's)
_RICH_PROMISE_BEFORE = re.compile(r"\b(?:developed|rich|richer|wealthy|wealthier)\s+(?:countries|nations|economies)\b"
                                  r"[^.;]{0,80}\b(?:promise|promised|goal|target|mobili[sz]e)\b|先進国(?:は|が)", re.I)
_YEARLY_BEFORE = re.compile(r"年間\s*$")
_YEARLY_AFTER_GOAL = re.compile(r"\s+(?:(?:per|a)\s+year|annually|each\s+year)\b", re.I)
# (round 82) investment a country means to draw in by a year: "30年までに900億ポンドの民間投資を呼び込んで" (a goal)
_JA_BY_YEAR_BEFORE = re.compile(r"(?:\d{2,4}年|年度)までに\s*(?:約|総額|計)?\s*$")
_JA_ATTRACT_AFTER = re.compile(r"の?(?:民間|海外|外国|対内|外資)?(?:投資|資金)を\s*(?:呼び込|誘致|集め|呼び寄せ)")
# (round 82) a leverage model's units: "a model of '$1 in, $5 out'"
_IN_OUT_AFTER = re.compile(r"\s+in\s*,\s*(?:[£$€¥]|US\$)\s?\d[\d.,]*\s+out\b|\s+out\s*[,’'」]")
# (review 40) not firms someone equips with the money: "Japan will support start-ups with over £65m of new grants"
_EQUIPS_BEFORE = re.compile(r"\b(?:support|supports|supporting|back|backs|backing|provide|provides|providing|help|helps|"
                            r"helping|fund|funds|funding|equip|equips|award|awards|reward|offer|offers|boost|boosts)\s+"
                            r"(?:[\w-]+\s+){0,3}$", re.I)
# (round 81) a share's closing or opening level, written without a scale: "It closed at ¥1,749, a drop of 0.4%"
# (review 40: only where the sentence speaks of shares or a move in per cent: "The appeal closed at £48,500" is raised)
_MARKET_WORDS = re.compile(r"%|\bper\s*cent\b|\bshares?\b|\bstocks?\b|株価|終値", re.I)
_CLOSED_AT_BEFORE = re.compile(r"\b(?:closed|opened|ended|finished)\s+(?:the\s+day\s+|trading\s+)?(?:up\s+|down\s+)?at\s+$",
                               re.I)
# (round 59) what a company has raised "to date" or "so far" is its total too: "Quantum Motion has raised more than
# $77 million in equity and grant funding to date"
# (session 38) "already" says so too: "Quantinuum has already raised $625 million, and with this latest cash infusion"
# (round 79: "previously" like "already" when no source follows: "The company had previously raised $3.4bn in funding";
# not an earlier round of its own, "had previously raised £3m in a seed round led by Octopus Ventures")
# (round 155: and "having" with an aside, "For having already raised (and used) US$3.4 billion to build 74 satellites")
_RAISED_SO_FAR_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:now\s+|(?P<already>already)\s+|(?P<previously>previously)\s+)?"
                                   r"raised\s+(?:\(and\s+\w+\)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|"
                                   r"in\s+excess\s+of)\s+)?$", re.I)
# (review 38) not money raised from a body the sentence names: "which has already raised £3m from Innovate UK, will
# receive a further £2m" is that funder's grant
_FROM_NAMED_AFTER = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
_TO_DATE_AFTER = re.compile(_EQUIVALENT_AFTER + r"(?:\s+[\w-]+){0,6}?\s+(?:to\s+date|so\s+far)\b", re.I)
# (round 19) money a company has raised since it began is its total to date, not new money ("which has raised $110m
# since launching in 2019", "has raised more than $1 billion since launching in September")
_SINCE_FOUNDING_AFTER = re.compile(r"\s+(?:so\s+far\s+|in\s+total\s+)?since\s+(?:launching|its\s+(?:launch|founding|creation|"
                                   r"inception|start)|inception|(?:being|it\s+was)\s+(?:founded|set\s+up|launched|"
                                   r"established))\b", re.I)
# (round 97) what a body has raised or drawn over its lifetime, "Zopa has raised roughly $698 million over its lifetime"
# (review 45: only after a perfect tense; a plan's or a contract's life is no stock, "will require investment of £2bn over
# its 25-year life", "The contract is worth £300m over its lifetime")
_LIFETIME_AFTER = re.compile(r"\s+(?:over|during|throughout)\s+(?:its|their)\s+(?:lifetime|life|history)\b", re.I)
# (round 105) or across several rounds: "Astroscale has raised more than $375 million through a series of private rounds"
# (review 48: money raised, not invested, won or awarded, "Innovate UK has invested £25m across three rounds of the Smart
# grants competition"; not a competition's rounds, nor rounds from or led by a named body, "across two funding rounds led
# by Japan's Mitsubishi Estate", nor this year's)
_OVER_ROUNDS_AFTER = re.compile(_EQUIVALENT_AFTER + r"(?:\s+(?:in|of)\s+(?:equity|funding|capital|venture\s+capital))?\s+"
                                r"(?:through|in|over|across)\s+(?:a\s+(?:series|number)\s+of|several|multiple|various|"
                                r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?:[\w-]+\s+){0,2}?rounds\b"
                                r"(?!\s+of\b)(?![^.;]{0,60}?\b(?:from|led\s+by)\s+(?:the\s+)?[A-Z])"
                                r"(?![^.;]{0,30}?\bthis\s+year\b)", re.I)
# (round 110) or over a stretch of time just gone: "The company has raised almost £9m over the last 12 months" (not with a
# source named after it, "has received £280m in equity from its owner in the last two years")
_OVER_PERIOD_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:over|during|in)\s+the\s+(?:last|past|previous)\s+"
                                r"(?:[\w-]+\s+)?(?:months|years)\b(?![^.;]{0,60}?\b(?:from|led\s+by|through|via|under)\s+"
                                r"(?:the\s+)?[A-Z])"
                                # (review 49: not orders won, "has secured £10m over the past few months in contracts")
                                r"(?!\s+in\s+(?:new\s+)?(?:contracts?|orders?|sales|revenues?|deals?)\b)", re.I)
_HAS_VERBED = r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:{})\s+(?:(?:about|around|roughly|some|more\s+than|over|nearly|almost)\s+)?$"
_HAS_RAISED_ROUNDS_BEFORE = re.compile(_HAS_VERBED.format(r"raised|received|attracted|secured"), re.I)
_HAS_RAISED_BEFORE = re.compile(
    _HAS_VERBED.format(r"raised|received|drawn|attracted|invested|secured|won|been\s+(?:awarded|given)"), re.I)
# the parts of a total to date ("takes the startup's total funding to $335m, including $275m from private investors and
# $60m from the UK and US governments") are past money too
_PART_OF_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:funding|funds|investment|capital|(?:amount\s+)?raised)\b[^.;]{0,60}?,\s+"
                                   r"(?:including|of\s+which)\b[^.;]{0,120}$", re.I)
# (round 49) the size of a change, with the level it came to right after ("R & D investment ... up $6.1m to $30.1m",
# "Revenue fell $8.9 million to $20m"): no money anybody put in; the level keeps its own reading
_CHANGE_BY_BEFORE = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|grew|rising|falling|climbed|dropped|jumped)"
                               r"\s+(?:by\s+)?(?:(?:some|about|around|almost|nearly|more\s+than)\s+)?$", re.I)
# (session 38) or with the period it is measured against: "up almost 28 billion ($245 million) from this year", "down
# £3m on last year", "an increase of ¥2bn year on year"
_AGAINST_PERIOD_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s+(?:from|on|over|compared\s+(?:with|to))\s+"
                                   r"(?:the\s+)?(?:(?:this|last|previous|prior|a)\s+year|(?:FY\s?)?(?:19|20)\d\d\b|"
                                   r"(?:the\s+)?(?:previous|prior|last)\s+(?:fiscal\s+|financial\s+)?(?:year|period))"
                                   r"|\s+year[- ]on[- ]year\b", re.I)
_TO_LEVEL_AFTER = re.compile(r"\s+to\s+(?:(?:about|around|almost|nearly|more\s+than)\s+)?(?:US\$|[£$¥€]|(?:JPY|GBP|USD|EUR)\s?)\d")
# (round 53) a level reached, "has broken through the £13bn mark" (review 33: on the figure's own line, and not a man's
# name on the next one, "Funding awarded: £2m\nMark Jones, programme manager")
_MARK_AFTER = re.compile(r"[ \t\u00a0]+[Mm]ark\b(?![ \t]+[A-Z])")
# (round 133) what projects are worth in all, grants and partners' shares together, is their size, not money anybody
# gives ("is expected to exceed £70 million in total project value"; "The project, worth £19.5 million," is left as
# it reads: "The three-year projects, worth £2.4m and ¥180m" are the two sides' grants)
_PROJECT_VALUE_AFTER = re.compile(r"\s+(?:in\s+)?(?:total\s+)?project\s+value\b", re.I)
# (round 133) a person's or a family's fortune: what they own, not money anybody gives ("the co-founders now share a
# paper fortune of more than half a billion dollars")
# (round 135) a charge in a company's accounts: "There will be a £10m exceptional cost in this year's accounts to cover
# the Japanese closure"
_ACCOUNTS_CHARGE_AFTER = re.compile(r"\s+(?:(?:one-off|exceptional|restructuring|non-recurring)\s+)+(?:costs?|charges?|"
                                    r"items?|write-?downs?|write-?offs?|provisions?)\b", re.I)
# (review 54) not a fortune given away, a firm's contribution in project value or a charge someone pays: "He gave away a
# fortune of £100m", "will contribute £15 million in project value", "UKRI will pay £3m exceptional costs"
_GIVES_BEFORE = re.compile(r"\b(?:gave|give|gives|giving|left|leaves|bequeath\w*|donat\w*|pledg\w*|contribut\w*|provid\w*|"
                           r"invest(?:s|ed|ing)?|award(?:s|ed|ing)?|pa(?:y|ys|id|ying)|meet|meets|met|cover(?:s|ed|ing)?|"
                           r"fund(?:s|ed))\b", re.I)   # (verbs: "grant funding available" gives nothing)
_FORTUNE_BEFORE = re.compile(r"\b(?:paper\s+|personal\s+|family\s+|combined\s+|joint\s+)?fortunes?\s+(?:of|worth|"
                             r"estimated\s+at|valued\s+at)\s+(?:(?:about|around|approximately|some|nearly|almost|over|"
                             r"more\s+than|just\s+over)\s+)?$", re.I)
# (round 53) the figure heading a property scheme's name: its size (review 33: not money put "in", "into" or "towards" a
# scheme, "Homes England will invest £50m in a housing development scheme", "invest £100m in commercial vehicle
# development")
_PROPERTY_PROJECT_AFTER = re.compile(r"(?:\s*\([^()\n]{0,60}\))?\s+(?:(?!(?:in|into|on|for|to|towards|at|across|under|"
                                     r"through)\s)[\w-]+\s+){0,3}?(?:office|residential|mixed-use|property|"
                                     r"real\s+estate|commercial|housing|build-to-rent)\s+(?:[\w-]+\s+)?(?:development|"
                                     r"project|scheme|tower|complex|redevelopment)s?\b", re.I)
_ASSETS_ARE_BEFORE = re.compile(r"\bassets\s+(?:are|were|is|was|total|totall?ing|worth|valued\s+at|of)\s+(?:(?:approximately|"
                                r"about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
# (a programme of the EU's "Framework Programme" funds research: not a framework of contracts)
# (review 33: nor money put in "under" or "as part of" a framework, nor a framework of research or cooperation: "UKRI
# will provide £5m under the new UK-Japan science cooperation framework", "a £10m research collaboration framework")
_FRAMEWORK_AFTER = re.compile(r"(?:\s*\([^()\n]{0,60}\))?\s+(?:(?!(?:under|within|in|into|of|through|via|as|for|from|"
                              r"to|by|with|on|research|science|scientific|co-?operation|collaboration|partnership|"
                              r"policy)\b)[\w()-]+\s+){0,8}?framework\b(?!\s+programme)", re.I)
# (round 54) a whole nation's plan, or a part of one, is the context the money sits in: "make up £100bn of the
# government's overall £250bn national infrastructure plan"
# (review 34: not money put in under, for or towards one, "£2.5bn of funding under the National Quantum Strategy",
# "£100m of new money to deliver the national AI strategy": words of money or of purpose end the part)
_NATIONAL_PLAN_AFTER = re.compile(r"(?:\s+of(?:\s+(?!(?:funding|investment|money|support|grants?|spending|under|through|via|"
                                  r"for|to|from|as|in|into|on|towards?|by|with)\b)[^\s.;]+){1,8}?)?"
                                  r"\s+national\s+(?:[\w-]+\s+){0,2}(?:plan|strategy|pipeline)\b", re.I)
# (round 54) the size a fund is to reach: "同ファンドの規模を総額35億ユーロ(約5500億円)に拡大させる" (a target, no money put in)
_SIZE_TO_REACH_BEFORE = re.compile(r"(?<!市場)規模を\s*(?:総額|合計|約)*\s*$")
_TO_REACH_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:に|まで)\s*(?:拡大|引き上げ|増や|拡充)")
# (round 56) what a company or a fund raises from investors: "the self-driving pioneer that raised $16bn at a $126bn
# valuation", "a funding round in 2021 that brought in $600 million", "has made a first close of $25m" (not "a close at":
# the review, "with a final close at $25" is a share's price)
# (not what a sale brings in: "will have raised £370 million from the sale of a number of non-core brands")
_FROM_A_SALE_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:\w+\s+){0,2}?(?:from|through|by)\s+(?:the\s+|a\s+|its\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:sales?|disposals?|selling|divestments?)\b", re.I)
_RAISED_BEFORE = re.compile(r"(?:\b(?:raised|raises|raising|brought\s+in)|\b(?:first|final|initial|second)\s+close\s+of)"
                            r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|a\s+further|an\s+additional|"
                            r"another|a\s+total\s+of)\s+)?$", re.I)
# (a refinancing "package" that lenders commit to is their money into a project, as 1198 keys it)
_REFINANCING_AFTER = re.compile(r"(?:\s*\([^()\n]{0,60}\))?\s+refinancing(?:\s+deal)?\b(?!\s+package)", re.I)
# (round 74) a company buying back its own shares hands money to its shareholders, puts none into a project: "a 700
# billion yen ($ 6.2 billion) share buyback"; 自社株買い, 自己株式の取得
_BUYBACK_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*(?:(?:share|stock)\s+(?:buy-?backs?|repurchases?)\b|"
                            # (review 36: a bare "repurchase" or "buy-back of the land" is a purchase)
                            r"(?:buy-?backs?|repurchases?)\s+of\s+(?:its\s+own\s+|the\s+company['’]s\s+)?(?:shares|stock)\b)|"
                            r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*(?:の|規模の)?(?:自社株買い|自己株式(?:の)?(?:取得|買い付け))", re.I)
# (round 74) a nation's whole defence budget is what it spends on its forces, not money for a programme: "防衛費の大幅
# 増額が打ち出され、2023~2027年の5年間で総額43兆円の予算が認められた", "the defence budget will rise to £60 billion"
# (review 36: only the budget's own amount, the words between saying what it comes to; a share of it, "includes £2
# billion for the GCAP fighter", or a company investing "amid higher defence spending", is not the budget)
_DEFENCE_BUDGET_BEFORE = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)s?\s+(?:(?:of|is|was|will|"
                                    r"would|rise|rises|rose|grow|grows|grew|increase|increases|increased|to|at|be|"
                                    r"totals?|totalled|reach|reaches|reached|stands?|stood|about|around|some|nearly|"
                                    r"almost|over|roughly|approximately)\s+|more\s+than\s+)*$", re.I)
# Japanese: the figure is "the budget" (…総額43兆円の予算) with the defence word before it, and nothing between that
# gives a share of it to a programme
_JA_DEFENCE_WORD = re.compile(r"防衛費|防衛予算|防衛関係費")
# (round 88) ... and the budget named after its amount: "7兆9496億円に及ぶ2024年度防衛予算案", "the 5.31 trillion yen
# ($48.6 billion) defence budget for fiscal 2020", "a ¥122.3 trillion (about $784 billion) preliminary FY2026 budget"
# (a nation's whole budget for a fiscal year; a programme's "£119 million budget" stays money for it)
_WHOLE_BUDGET_AFTER = re.compile(
    r"(?:\s*[(（][^()（）\n]{0,40}[)）])?(?:\s*(?:(?:に及ぶ|に上る)\s*(?:過去最大の\s*)?(?:(?:\d{4}|来|今|新)年度の?)?|"
    r"(?:規模の|の)\s*(?:過去最大の\s*)?(?:\d{4}|来|今|新)年度の?)(?:防衛予算|防衛費|防衛関係費|一般会計)|"
    r"\s+(?:(?:preliminary|draft|annual|total|overall|record|proposed|initial)\s+)*(?:FY|fiscal(?:\s+year)?)\s?\d{4}\s+"
    r"(?:(?:defen[cs]e|military|national|government|general[- ]account)\s+)?budget\b(?!\s+(?:for\s+(?!fiscal|FY|\d)|"
    r"to\s+(?:support|fund)|uplift|line|increase|of\s+[A-Z]))|"
    r"\s+(?:(?:preliminary|draft|annual|total|overall|record|proposed|initial)\s+)*(?:defen[cs]e|military|general[- ]account)"
    r"\s+budget\s+for\s+(?:fiscal|FY)\s?(?:year\s+)?\d{4}\b)", re.I)
# (review 42) money a sentence allocates out of a defence budget is a share of it: "1000億円の防衛費を共同事業に充てる"
_JA_ALLOCATED = re.compile(r"充て|計上|共同|開発|事業")
_JA_BUDGET_AFTER = re.compile(r"\s*の(?:防衛)?予算(?!の?うち)")
_JA_SHARE_OF_BUDGET = re.compile(r"のうち|うち|事業|充て|投じ|研究|開発")
_RESEARCH_AFTER = re.compile(r"[^。.;]{0,60}?(?:研究|開発|\bresearch\b|\bR&D\b|\bdevelop)", re.I)
# (round 75) what a trip or an event cost, item by item: "£6,025 was spent on hotels", "A further £245 was spent on
# other transport costs, £300 on a translator" (the list's later figures share the reading); review 36: only the
# expenses of a trip, a visit or an event named nearby, and only the nouns of such expenses ("£50m has been spent on
# the transport network around the new plant" and "£300m on research costs" are money put in)
_EXPENSE_NOUN = (r"(?:hotels?|flights?|air\s*fares?|(?:travel|transport|hotel|flight|taxi)\s+costs|accommodation|food|"
                 r"drinks?|hospitality|meals?|translators?|interpreters?|taxis?|subsistence|gifts?|entertainment)\b")
_EXPENSE_SPENT_AFTER = re.compile(r"\s+(?:was|were|(?:had|has|have)\s+been)\s+spent\s+on\s+(?:(?:other|the|his|her)\s+)?"
                                  + _EXPENSE_NOUN, re.I)
# ... and the list's later figures, whose verb is left out: ", £300 on a translator, and £123 on food and drink"
_EXPENSE_LIST_BEFORE = re.compile(r"\bspent\s+on\s+(?:(?:other|the|his|her)\s+)?" + _EXPENSE_NOUN
                                  + r"[^.;]{0,120}?,\s*(?:and\s+)?$", re.I)
_ELIDED_ON_AFTER = re.compile(r"\s+on\s+(?:an?\s+|the\s+)?" + _EXPENSE_NOUN, re.I)
_TRIP_WORD = re.compile(r"\b(?:trips?|visits?|visited|missions?|delegations?|tours?|journeys?|conferences?|summits?|"
                        r"flights?|hotels?|stay)\b", re.I)
_SPEND_PER_HEAD_BEFORE = re.compile(r"\bspend(?:ing)?\s+(?:per|a)\s+(?:head|person|customer|cover|diner|visitor|guest)\s+"
                                    r"(?:is|was|of|at|averages?)\s+(?:(?:around|about|some)\s+)?$", re.I)
# (round 94: or an "end value", "new homes, which have an end value of circa £250m")
_GDV_BEFORE = re.compile(r"\b(?:(?:(?:gross|total|end|completed)\s+)?development|end)\s+value\s+(?:of|at|is|was)\s+"
                         r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|\bGDV\s+(?:of\s+)?$", re.I)
# (round 50) yen written with a fraction and no scale word is an exchange rate ("fell yesterday to 100.06 yen", "$1 =
# 103.4600 yen") or a share's price, never a sum anybody pays
_FRACTIONAL_YEN = re.compile(r"(?:¥|JPY\s?)\d[\d,]*\.\d+|\d[\d,]*\.\d+\s?(?:yen|円)", re.I)
# (round 94) a currency's level against another: "against the euro, the pound dropped from €1.31 on June 23 to just
# under €1.20" (a sum with a fraction and no scale word, in a sentence whose subject is a currency moving against one)
# (review 44: a cross rate's one digit and two to four decimals; not with a share's price in the sentence, "SoftBank sold
# Arm shares at $51.50 each"; read before the other rules, "The pound fell to $1.21 against the dollar")
_FRACTIONAL_SUM = re.compile(r"[£$€]\s?\d\.\d{2,4}$")
_CURRENCY_AGAINST = re.compile(r"\b(?:the\s+(?:pound|euro|dollar|yen)|sterling)\b(?:[^.;]|\.(?=\d)){0,80}?\bagainst\b|"
                               r"\bagainst\s+the\s+(?:pound|euro|dollar|yen)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:the\s+(?:pound|euro|"
                               r"dollar|yen)|sterling)\b", re.I)
# (round 63) a Japanese stock quote, the four-digit code then the price on its own line: "6501:681円"
# (yen only, and no year: "2024: £11.7 million" opens a year's line of results)
_STOCK_CODE_BEFORE = re.compile(r"(?m)(?:^|[\s(（])(?!19|20)\d{4}\s*[:：]\s*$")
# (round 63) a prior period's figure in brackets after this period's, as results releases write them: "turnover of
# £7,243,651 (2014: £4,881,636)", "(H1 2023: £23.5 million)", "(FY23: £42m)": a comparative, not money put in
# (review 35: right after this period's figure, and a four-digit year or a period's prefix: not "The programme (2025:
# £2m from JSPS)" nor "(10: £5,000 for travel)")
_PRIOR_PERIOD_BEFORE = re.compile(r"\d(?:\s*(?:bn|m|mn|k|million|billion))?\s*[(（]\s*(?:(?:H[12]|FY|Q[1-4])\s*(?:19|20)?\d{2}|"
                                  r"(?:19|20)\d{2})(?:[/-]\d{2,4})?\s*[:：]\s*$", re.I)
_SHARE_PRICE_WORD = re.compile(r"終値|株価|高値|安値|\bshares?\b|\bstock\b", re.I)
# (round 19) what a relationship between two countries is worth is their trade ("advancing a relationship worth £27
# billion annually", "our trading relationship, worth £X"): no money anybody puts in
_RELATIONSHIP_WORTH_BEFORE = re.compile(r"\brelationship\s*,?\s+(?:(?:which\s+is|that\s+is|already|currently|now)\s+)?"
                                        r"(?:worth|valued\s+at)\s+(?:(?:about|around|over|more\s+than|some|nearly|"
                                        r"almost)\s+)?$", re.I)
# (round 19) a contract whose purpose is to develop something is a funder's money for research ("The £1.95M ($2.5M)
# contract from the UK Space Agency will fund development of ...", "have signed a £686 million contract to continue
# the GCAP fighter program"); a contract to supply or maintain something stays an order's price
_CONTRACT_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+contract\b")
_DEVELOPMENT_PURPOSE = re.compile(r"\b(?:to\s+(?:further\s+)?(?:fund|develop|design|continue|research|study|demonstrate|mature)|"
                                  r"will\s+fund|(?:for|fund(?:s|ing)?)\s+(?:the\s+)?(?:development|design|research|"
                                  r"feasibility\s+stud(?:y|ies)|demonstration)\b|\bcontinued\s+development\b)", re.I)
_CONTRACT_PURPOSE_REACH = 120
# (round 88) money spent on contracts that buy a service: "The MoD is spending almost £1.5bn on two contracts to
# overhaul its IT" (what the contracts are worth; contracts to develop or research stay funding)
# (review 42: only after a verb of spending, and not in a sentence about design, prototypes, research or development)
_SPENDING_BEFORE = re.compile(r"\bspen(?:d|ds|t|ding)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_ON_CONTRACTS_AFTER = re.compile(r"\s+on\s+(?:(?:two|three|four|five|several|a|the|its|new|\d+)\s+)?"
                                 r"(?:[\w-]+\s+)?contracts?\b", re.I)
_RD_IN_SENTENCE = re.compile(r"\b(?:research|develop\w*|R&D|design\w*|prototyp\w*|demonstrat\w*|technolog\w*|SBRI|"
                             r"feasibility|innovation|study|studies|GCAP|Tempest|Phase[- ]?\d)\b|研究|開発", re.I)
# Japanese: a contract to develop (開発…ための契約, 研究開発契約) whose amount (契約額, 契約金額) follows; money raised (調達)
# (two plain looks, the amount's word right before the figure, then a development contract in the 200 characters before
# it: one pattern with three lazy ranges took milliseconds per figure on a page without full stops)
_JA_CONTRACT_AMOUNT_BEFORE = re.compile(r"契約(?:金)?額[はが]?\s*(?:約|最大)?\s*$")
_JA_DEVELOPMENT_CONTRACT = re.compile(r"開発[^。]{0,20}契約")
_JA_FROM_BEFORE = re.compile(r"(?:より|から)[^。、]{0,30}$")
# (round 42: 確保, secured: "英国宇宙庁(UKSA)と欧州宇宙機関(ESA)より1,395万ユーロ(約1,180万ポンド)を確保しました")
# (a space agency buying hardware or a launch is a purchase: "a £200m contract from the European Space Agency to build
# the satellite's platform")
_BUILD_PURPOSE = re.compile(r"\bto\s+(?:build|supply|launch|deliver|operate|maintain|manufacture)\b", re.I)
_JA_RAISED_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)|（[^（）]{0,20}）)?\s*を\s*(?:調達|確保)")
# (round 42) a contract a space agency awards is money for a mission's development, not a purchase: "has been awarded a
# £1.95 million contract by the UK Space Agency" (trains, aircraft and software bought by a ministry or an operator
# stay prices)
_SPACE_AGENCY_AFTER = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?(?:(?:UK|European|Japan(?:ese)?|Japan\s+Aerospace\s+"
                                 r"Exploration)\s+Space\s+Agency|UKSA|ESA|JAXA|Japan\s+Aerospace\s+Exploration\s+Agency)\b")
# (round 20) a stake a company takes is its investment ("Sekisui House has taken a 35% stake worth £22m in ...", "an
# investment in an equity stake of approximately GBP2.8 million purchased by Takeda Ventures"); what a stake someone
# holds is valued at stays a holding's worth ("whose stake is valued at £21m")
_STAKE_TAKEN_BEFORE = re.compile(r"\b(?:tak(?:e|es|en|ing)|took|acquir(?:e|es|ed|ing)|investment\s+in)\s+"
                                 r"(?:(?:a|an|the|its|their|new|minority|majority|further|\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s+)"
                                 r"{0,3}(?:equity\s+)?stake\s+(?:of|worth)\s+(?:(?:approximately|about|around|some|nearly|"
                                 r"almost|over|more\s+than)\s+)?$", re.I)
_PUMP_BEFORE = re.compile(r"\b(?:pump|pumps|pumped|pumping|plough|ploughs|ploughed|ploughing|plow|plows|plowed|pour|"
                          r"pours|poured|pouring)\s+(?:(?:a\s+further|an\s+extra|another|more\s+than|over|about|around|"
                          r"some|nearly|almost|up\s+to)\s+)?$", re.I)
# (only "into the economy": "ploughing nearly £2bn into overseas assets" over a quarter is a class's statistic)
_INTO_ECONOMY_AFTER = re.compile(r"\s+into\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}economy\b", re.I)
# (round 28) a stock reaching a level ("the fifth largest investor in the UK with participation in business and
# infrastructure projects reaching £92bn")
_STOCK_REACHING_BEFORE = re.compile(r"\b(?:investors?|investments?|participation)\b[^.;]{0,80}?\breaching\s+"
                                    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
# (round 21) a statistic of investment reaching a level ("Foreign investment tops pounds 2bn", "outbound investment hits
# £2bn"): what many investors came to, not money one puts in
_INVESTMENT_LEVEL_BEFORE = re.compile(r"\b(?:investments?|FDI|spending)\s+(?:(?:has|have)\s+)?(?:tops|topped|exceed(?:s|ed)?|"
                                      r"reach(?:es|ed)?|hits?|pass(?:es|ed)|tota(?:ls|lled|led)|stands\s+at|stood\s+at)\s+"
                                      r"(?:(?:about|around|some|nearly|almost|over|more\s+than|a\s+record)\s+)?$", re.I)
# (round 21) an award's worth is what it gives ("up to 50 rewards, each valued at £8,000, for the costs of tuition")
_AWARD_VALUED_BEFORE = re.compile(r"\b(?:awards?|rewards?|scholarships?|grants?|prizes?|fellowships?|bursar(?:y|ies)|"
                                  r"studentships?)\b[^.;]{0,15}?(?:,\s*)?(?:each\s+)?valued\s+at\s+(?:(?:about|around|up\s+to|"
                                  r"approximately)\s+)?$", re.I)
_PENCE = re.compile(r"\d(?:p|\s?pence)$|ペンス$")
# (round 23) a sum invested by a class over recent years ("Japanese companies have invested £115 million in 19 U.K. tech
# start-ups in the last five years") is a statistic of past money
# (a count of years, near the figure: "in the last year alone" is a recent year's flow, as the keys read it)
_RECENT_YEARS_AFTER = re.compile(r"(?:[^.;]|\.(?=\w|\s[a-z])){0,60}?\b(?:in|over|during)\s+the\s+(?:last|past)\s+\w+\s+"
                                 r"(?:years|decades)\b", re.I)
# (round 26) a country's firms as the subject of "have invested", and a year's flow after the figure ("in the last year
# alone", "this year", "in 2024": money of one period, as the keys read it); an aim to lure money is no money put in
_CLASS_HAVE_INVESTED = re.compile(r"\b(?:Japanese|British|UK|foreign|overseas)\s+(?:car\s+)?(?:companies|firms|businesses|investors|"
                                  r"groups|carmakers)\b[^.;]{0,80}?\b(?:have|has)\s+(?:now\s+)?invested\s+(?:(?:more\s+than|over|"
                                  r"about|around|some|a\s+total\s+of|almost|nearly)\s+)?$", re.I)
# (round 139) what one investor has put into hundreds or thousands of companies over its life, its track record: "3i has
# invested over $19bn in more than 13,500 companies internationally" (not a few companies' money, "has invested £5m in
# three start-ups")
_HAS_INVESTED_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:invested|backed)\s+(?:(?:more\s+than|over|about|around|"
                                  r"some|a\s+total\s+of|almost|nearly)\s+)?$", re.I)
# (review 55: thousands of them, or hundreds over a lifetime, "since 2007", "to date", "internationally"; not a call's,
# a round's or a year's, "UKRI has invested £20 million in 120 projects announced today")
_IN_HUNDREDS_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:in|into|across)\s+(?:(?:more\s+than|over|nearly|almost|some|"
                                r"around|about)\s+)?(?:(?P<thousands>\d{4,}|\d{1,3}(?:,\d{3})+)|\d{3})\s+(?:[a-z-]+\s+){0,2}"
                                r"(?:companies|businesses|firms|start-?ups|projects)\b", re.I)
_LIFETIME = re.compile(r"\bsince\s+(?:its\s+)?(?:(?:19|20)\d\d|founding|foundation|inception|launch)\b|\bto\s+date\b|"
                       r"\bin\s+its\s+history\b|\bover\s+(?:\w+\s+)?decades\b|\binternationally\b|\bworldwide\b|\bglobally\b",
                       re.I)
_THIS_ROUND = re.compile(r"\b(?:call|round|competition|this\s+year|today|announced)\b", re.I)
# (round 108) and in Japanese, with the progressive or perfect of 投資: "日本企業は英国に400億ポンド以上を投資している"
# (not a sum invested once, "投資した")
_JA_CLASS_BEFORE = re.compile(r"(?:日本|英国|イギリス|外国|海外|日系|外資系|欧州|米国)(?:の)?企業(?:各社)?(?:は|が)(?:[^。、]|、){0,40}$")
_JA_HAS_INVESTED_AFTER = re.compile(r"(?:以上|超|余り|近く|強)?を?(?:投資|出資)(?:している|してきた|してきており|しており|済み)")
# (round 30) what a scholarship's allowance or stipend comes to, stated after a colon that ends the words naming it
# (the words after the figure, "rent is around ...", would otherwise read it as a price)
_ALLOWANCE_THEN_COLON = re.compile(r"\b(?:allowance|stipend|bursary|maintenance\s+grant)\b[^.;:]{0,160}:\s*"
                                   r"(?:(?:about|around|approximately|up\s+to)\s+)?$", re.I)
# (round 48) a fee named as a label right before its figure ("Application fee: 30,000 yen", "入学料：282,000円") is what
# a student or applicant pays: a price, whatever the page's heading says about scholarships ("a scholarship that covers
# tuition fees of £9,250" is no label, and keeps its reading)
_FEE_LABEL_BEFORE = re.compile(r"(?:\b(?:application|admission|tuition|registration|entry|enrol?ment|examination|"
                               r"course|programme|program|membership|booking|conference|participation|bench)\s+fees?|"
                               # (round 84) a society's yearly dues: "年会費金額:2,000 円"
                               r"入学金|入学料|授業料|検定料|受験料|参加費|登録料|(?:年会費|(?<![\u4e00-\u9fff])会費|入会金)(?:金額)?)\s*"
                               r"(?:\([^()\n]{0,30}\)\s*)?[:：]\s*$",
                               re.I)
# (round 84) what students pay, as the verb's object: "both domestic and international students pay a maximum of
# ¥642,960" (not "the tuition fees that students pay, up to £9,250", which a scholarship may cover, nor students "paid
# £19,237 a year" as a stipend: review 41)
_STUDENTS_PAY_BEFORE = re.compile(r"\bstudents\s+(?:will\s+|would\s+|must\s+|now\s+|currently\s+)?pay\s+"
                                  r"(?:(?:a\s+maximum\s+of|up\s+to|around|about|as\s+much\s+as|more\s+than|over)\s+)?$", re.I)
# (round 51) "a fee of" a sum, "have agreed a fee of around £40m-a-year with Yokohama Rubber": a price (review 33: not a
# student's fee, which a scholarship or a funder pays: "the scholarship pays the tuition fee of £9,250", "JSPS will cover
# a bench fee of up to £5,000" keep their reading)
_A_FEE_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their|annual|yearly)\s+(?!(?:tuition|bench|course|programme|program|"
                              r"registration|application|examination|entry|admission|school|study|laboratory|lab)\s)"
                              r"(?:[\w-]+\s+)?fee\s+(?:of|"
                              # (round 102) "with the fee believed to be around £4.6m": what a club pays for a player
                              r"(?:is\s+|was\s+)?(?:believed|thought|said|understood|reported|rumou?red)\s+to\s+be)\s+"
                              r"(?:(?:around|about|up\s+to|some|nearly|almost|over|more\s+than)\s+)?$",
                              re.I)
# (round 30) what a fund's endowment or assets have reached is their value, not money anybody gives ("The endowment had
# by the end of 2015 reached almost £26 million"); an endowment "of" a sum from a donor keeps its reading
_HOLDING_LEVEL_BEFORE = re.compile(r"\b(?:endowment|assets|reserves|net\s+worth|capital\s+base)\b[^.;]{0,60}?\b(?:reached|"
                                   r"stood\s+at|grown\s+to|grew\s+to|rose\s+to|risen\s+to|was\s+worth|was\s+valued\s+at)"
                                   r"\s+(?:(?:about|around|almost|nearly|over|more\s+than|some|just\s+under)\s+)?$", re.I)
# (round 30) the total of many grants a body has made over the years is past money ("Over the years the Foundation has
# awarded almost 5,000 grants, totalling over £14 million"), as a total over many deals is a market figure; grants
# still to come ("50 grants totalling £1m will be awarded") keep their reading
_GRANT_COUNT = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:grants|awards|scholarships|fellowships|bursaries)\b", re.I)
_LOOKING_BACK = re.compile(r"\b(?:over\s+the\s+(?:years|decades|past\s+\d+\s+years)|to\s+date|so\s+far|since\s+(?:its\s+|"
                           r"(?:19|20)\d\d\b)|(?:has|have)\s+(?:now\s+)?(?:awarded|made|given|funded|provided))", re.I)
_YEAR_FLOW_AFTER = re.compile(r"[^.;]{0,80}?\b(?:in\s+the\s+(?:last|past)\s+year|over\s+the\s+(?:last|past)\s+year|"
                              r"(?:this|last)\s+year|in\s+(?:19|20)\d\d|for\s+a\s+stake)\b", re.I)
_AIM_TO_LURE_BEFORE = re.compile(r"\b(?:plans?|aims?|targets?|goal|ambition|bid|hopes?|seeks?|seeking|wants?)\s+to\s+"
                                 r"(?:lure|attract|bring\s+in|draw\s+in)\s+(?:(?:more\s+than|over|about|around|up\s+to|"
                                 r"some|an\s+extra|a\s+further)\s+)?$", re.I)
# (round 41) an aim to grow a fund or a sum to a size: what it is meant to reach, not money put in
# (a fund's or a pot's size only: "aims to raise R&D spending to £22bn a year" is a spending pledge, read as such)
_AIM_TO_GROW_BEFORE = re.compile(r"\b(?:aims?|aimed|aiming|targets?|goal|ambition|plans?|intends?|hopes?|seeks?)\s+"
                                 r"(?:of\s+|to\s+)(?:increas\w*|grow\w*|rais\w*|expand\w*|tak\w*|bring\w*|lift\w*)\s+"
                                 r"[^.;£$€¥]{0,30}?\b(?:fund|funds|pot|portfolio|assets)\b[^.;£$€¥]{0,30}?"
                                 r"\bto\s+(?:a\s+total\s+of\s+)?(?:(?:more\s+than|over|about|around|some|at\s+least)\s+)?$", re.I)
# a company raising money is taking investment ("the UK-based company had raised $50m", "CMR Surgical raises $165m
# from existing investors"), a round is a round ("part of the same round (which totals $125m)", "a Series C of $60m");
# a government or a country raising money ("Japan raises funds", "plans to raise ¥4.5 trillion") is no investor's
_RAISE_BEFORE = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:(?:a|an|another|further|total\s+of|more\s+than|over|about|around|"
                           r"some|nearly|almost|up\s+to|just\s+over|just\s+under)\s+){0,3}$", re.I)
_ROUND_BEFORE = re.compile(rf"(?:\bround|\b{_SERIES})\s*(?:\(|,)?\s*(?:which\s+)?(?:totals?|totall?ing|totall?ed|worth|of|at|"
                           r"valued\s+at)?\s*$")
_PUBLIC_RAISER = re.compile(r"(?<![\w-])(?:[Gg]overnments?|[Mm]inistry|[Cc]ouncils?|[Tt]reasury|Japan|Britain|UK|U\.K\.|"
                            r"[Ss]tate|[Pp]ublic|[Uu]niversity|[Cc]harity|[Ff]oundation|政府|"
                            # (round 127) donations and appeals raise gifts: "the generous donations from attendees raised over £600"
                            r"[Dd]onations?|[Dd]onors?|[Aa]ppeals?|(?:[Bb]enefit|[Cc]harity|[Ff]undraising)\s+concerts?)(?![\w-])")
_PER_ONE_BEFORE = re.compile(r"\b(?:per|for\s+(?:every|each)|every)\s+$", re.I)
# (round 114) a total built up to date, "It has now accumulated a total of over $33 million" (after its rounds)
_ACCUMULATED_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:accumulated|amassed)\s+(?:a\s+total\s+of\s+)?"
                                 r"(?:(?:over|more\s+than|about|around|some|nearly|almost)\s+)?$", re.I)
# (review 50) new money or money kept for a purpose is no total to date: "accumulated £15 million of fresh funding from
# UKRI this year", "has accumulated £3 million to fund new scholarships"
_FRESH_OR_TO_FUND = re.compile(r"\b(?:fresh|new)\b|\bthis\s+year\b|\bto\s+(?:fund|pay|finance)\b", re.I)
# (round 113) what a state pays towards a shared thing ("the host country expected to pay $1.8bn – around 22% of the
# total cost – to dig the tunnel", "the Japanese government will pay ¥1.7bn to build a tunnel"): its share, not a price
# (a company "of Japan" that is to pay for brands is no state: "Suntory of Japan is to pay ¥..." keeps its reading)
_PUBLIC_PAYS_BEFORE = re.compile(r"\b(?:host\s+(?:country|nation|city|government)|[Gg]overnment|taxpayers?)\s+"
                                 r"(?:(?:is|was|were|are|would\s+be)\s+)?(?:expected\s+to\s+|would\s+|will\s+|to\s+|"
                                 r"(?:has\s+|have\s+)?agreed\s+to\s+)?pay\s+(?:(?:about|around|some|up\s+to)\s+)?$")
# (review 50: a share of a cost or a purpose must follow, "– around 22% of the total cost – to dig the tunnel"; not a
# price or compensation, "to pay up to £9 billion to EDF for the power", "£100 million in compensation")
_SHARE_OR_PURPOSE_AFTER = re.compile(r"\btowards?\b|\bto\s+(?:build|dig|construct|host|fund|cover|develop)\b|"
                                     r"\bof\s+the\s+(?:total\s+)?(?:cost|bill)\b|\bshare\b|\bhalf\b|%|\bper\s*cent\b", re.I)
_PAID_FOR_AFTER = re.compile(r"\bin\s+(?:compensation|interest|damages|fines?|redress)\b|\bfor\s+the\s+(?:power|electricity|"
                             r"land|rights|shares?|company)\b|\bto\s+settle\b|\bcompensation\b", re.I)
# (round 113) a prize named by its size, whatever verb brings it ("the $7 million Shell Ocean Discovery XPRIZE", "earned
# the $1 million runner-up prize"): every such figure the seen keys hold is money a prize gives; not a pot, a purse or
# prize money, nor a sport's prize (a player's winnings are "other", round 100)
# (review 50: no article, preposition or verb between, and the prize is the head noun: not "paid £40 million for the
# prize-winning design studio", "the £5 million price tag of the prize bull", "raised £3 million after winning a prize")
_PRIZE_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?!(?:a|an|the|of|for|to|in|at|on|after|before|by|from|with|and|or)\b"
                          r"|\w+ing\b|\w+ed\b)[\w'’-]+\s+){0,4}?(?:X|QE)?prizes?(?![\w-])(?!\s+(?!(?:for|in|at|to|from|of|was|"
                          r"is|are|were|went|will|and|which|that|by|has|had|goes)\b)[a-z])", re.I)
_SPORT_WORDS_EN = re.compile(r"\b(?:tournaments?|championships?|golf\w*|tennis|races?|racing|horse|matches|league|"
                             r"Wimbledon|(?:US|British|French|Australian)\s+Open|Open\s+Championship|Grand\s+Slam|Olympics?|"
                             r"players?|jockeys?|riders?)\b")
# (round 128) what each unit of money brings with it is a ratio, not a sum: "every £1 of GIB investment brings £11 of
# other capital", "each $1 of public money attracts $3 of private investment"
_RETURN_ON_ONE_BEFORE = re.compile(r"\b(?:every|each|per)\s+(?:[£$€¥]\s?1|1\s?(?:pound|dollar|euro|yen))(?![\d.,])(?!\s*coins?\b)"
                                   r"(?:(?!,\s*(?:and|but)\b)[^.;]){0,60}?"
                                   r"\b(?:brings?|attracts?|leverages?|unlocks?|generates?|returns?|delivers?|yields?|"
                                   r"draws?\s+in|pulls?\s+in)\s+(?:(?:in|an?\s+(?:extra|additional|further)|another|some|"
                                   r"about|around|nearly|over|more\s+than|up\s+to)\s+)*$", re.I)
# (round 113) the Japanese of "for every £1": the unit comes first, "ESAへの投資1ポンドあたり英国経済に7.49ポンド…"
# (review 50: につき, "concerning", only after an unscaled one, and never "につきましては")
_PER_ONE_AFTER_JA = re.compile(r"\s*(?:あたり|当たり)")
_PER_ONE_CONCERNING_JA = re.compile(r"\s*につき(?!まし)")
# a rate written without "=": one unit right before another currency's figure ("1ポンド180円で計算", "£1 ¥150")
_ONE_UNIT = re.compile(r"[^\d\s]{0,4}\s?(?<![\d.,])1(?![\d.,])\s?[^\d\s]{0,6}")
_FIGURE_NEXT = re.compile(r"\s?(?:[はが]\s?)?(?:約\s?)?(?:[£$€¥￥]\s?)?\d")
# "1ポンドを140円にて換算" (converted at 140 yen to the pound): both figures state the rate
_RATE_CONVERTED = re.compile(r"\s*を\s*[\d.,]+\s*(?:英|米)?(?:ポンド|ドル|円|ユーロ)\s*(?:にて|で)換算|\s*(?:にて|で)換算")
# "paid £24bn for Arm", "the buyer is paying £90m for": a price (past or progressive: a call that "pays
# £300 for travel" funds it)
_PAID_BEFORE = re.compile(r"\b(?:paid|(?:is|are|was|were)\s+paying|agree(?:s|d)?\s+to\s+pay)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|"
                          # (round 102) "paid a record 8.1 million pounds, then $10.5 million, for Andrea Mantegna's"
                          # (review 47: not "paid a total of ¥800 million for fellowships", a funder's money)
                          r"an?\s+(?:record|reported|estimated))\s+)?$", re.I)
# "acquired the maker's UK arm for £75m": what something was bought or sold for (the thing named between)
# (round 12: the other verbs and nouns of buying a company, "taking over X for", "snapped up X for", "the sale of X to Y
# for")
# (round 22: "the sale, reported to be for £85 million": a sale whatever follows it, not only "sale of")
# (round 91: "its 2012 acquisition of Britain’s Aegis Group for approximately 400 billion yen")
_BOUGHT_FOR_BEFORE = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|bought|buys?|buying|sold|sells?|selling|purchas(?:e|es|ed|ing)|"
                                r"(?:tak(?:e|es|en|ing)|took)\s+over|snap(?:s|ped|ping)?\s+up|sale|(?:takeover|acquisition)\s+of)\b"
                                r"[^.;]{1,200}?\sfor\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|approximately|"
                                r"an?\s+(?:reported|estimated|undisclosed))\s+)?$", re.I)
_FOR_AFTER = re.compile(r"(?:,\s+then\s+[^,;]{1,30}?,)?\s+for\b")   # (round 102: ", then $10.5 million, for")
# (round 102) what bidders are expected to pay at a sale: "it expected about $16.1 million would be bid for the painting"
# (review 47: only "bid": "Up to £2 million will be offered for projects", "will be paid for the fellowship year" fund)
_WOULD_BE_BID_AFTER = re.compile(r"\s+(?:would|will|could|might|may)\s+be\s+bid\s+for\b", re.I)
# (round 13) a buyer's verbs: "X bids £80m for Y" (a headline's bid), "X pays £3bn to win Y" (money paid to buy or win
# something, not "pays £300 for travel", which a call funds)
_BIDS_BEFORE = re.compile(r"\b(?:bids?|bidding|bid)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_PAYS_BEFORE = re.compile(r"\b(?:pays?|paid|paying)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
# (round 45) "agreeing to spend $138m to buy the Dunlop sporting goods brand" (read after the figures of many deals:
# "spent $3bn to buy 12 UK-based firms" is what a class of buyers spent)
_SPENDS_BEFORE = re.compile(r"\b(?:spend|spends|spent|spending)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
                            re.I)
_TO_BUY_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+to\s+(?:win|buy|acquire|take\s+over|secure|gain\s+control)\b", re.I)
# (round 49) money handed over "up front" later in its clause ("the $180m the Japanese group is handing across up
# front", "$100 million upfront"): a deal's first payment, a price
# (not across "and" or a comma: "invested $33m for an equity stake and paid an undisclosed upfront fee" is two sums)
# (review 33: nor a grant's share paid first, "UKRI will pay £5m of the grant up front": a funder's money)
_UP_FRONT_AFTER = re.compile(r"(?:(?!\band\b|\b(?:grants?|funding|awards?|scholarships?|fellowships?|bursar(?:y|ies))\b)"
                             r"[^.;:,]){0,50}?\bup[- ]?front\b", re.I)
# (round 13) the noun a figure heads that names a sale: a bid, an offer, an auction or a tender is what a buyer pays
# (not "a bid for funding": the words after the noun must not name money given)
# (round 25: news copy's "swoop", "$1bn-plus swoop for"; what a figure was "paid by" someone "for" something)
_SALE_AFTER = re.compile(r"(?:-plus)?" + _EQUIVALENT_AFTER + r"\s+(?:(?:cash|takeover|rival|final|revised|improved|opening|initial|"
                         r"all-share)\s+)?(?:bids?|offers?|auctions?|tenders?|takeover|swoop)\b"
                         r"(?!\s+(?:for|of)\s+(?:funding|grants?))|\s+paid\s+by\s+[^.;]{1,60}?\s+for\b", re.I)
# a Japanese figure's bracketed equivalent or note, which the words after it follow: "26億ポンド(約5280億円)で取得"
_JA_BRACKET_AFTER = r"(?:\s*[(（][^()（）。]{0,40}[)）])?"
# (round 114) money one firm raised from the companies or investors named before it (a venture-capital arm among them
# is an investor, not a market; money raised from a public funder is round 25's funding)
_JA_FROM_INVESTORS_BEFORE = re.compile(r"(?:大手|企業|会社|部門|ファンド|投資家|キャピタル|VC)(?:など|ら)?(?:から|より)[、,]?\s*"
                                       r"(?:約|総額|計)?\s*$")
_JA_RAISED_ONLY_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:超|以上|余り|近く)?を\s*調達")
# (round 156) a facility described by its size: "これは£7,500万規模の食品と健康に関する最先端研究所でNorwich Research Parkに
# ある" (what the building is, in a clause that names nobody putting money in)
_JA_SCALE_OF_FACILITY_AFTER = re.compile(r"\s*規模の[^。、]{0,16}?(?:研究所|研究施設|施設|研究拠点|センター)"
                                         r"(?:で(?:ある|あり|、|[A-Za-z])|だ|。)")
# (round 41) a project or a development sized by "規模" (its scale): "600億円規模のプロジェクト" (a fund or a programme
# of a scale, "300億円規模の投資ファンド", stays money put in)
_JA_SCALE_OF_PROJECT_AFTER = re.compile(r"\s*規模の\s*(?:[^\s。、]{0,8}?)(?:プロジェクト|事業|開発|案件)|"
                                        # (round 103) a project named by its total, its equivalent between: "総額7億5,000
                                        # 万ポンド(約1,237億円、1ポンド=約165円)の蓄電池プロジェクト" (not a research or a
                                        # joint project's money, nor project finance or a project's funds)
                                        # (review 47: nor money given or lent in the gap or after, "3000万円の助成を受ける
                                        # プロジェクト", "10億ドルの英国AIプロジェクトに投資する", an order won, "を受注")
                                        + _JA_BRACKET_AFTER + r"の(?:(?!研究|開発|共同|助成|支援|資金|提供|拠出|出資|融資|"
                                        r"投資|受け|借款|交流)[^\s。、]){0,10}?プロジェクト"
                                        r"(?!・?ファイナンス|資金|費|予算|助成|支援|投資|融資|を受注|を支援|に(?:投資|出資|融資|拠出))")
# (round 115) a scheme named by its total ("欧州で過去最大規模となる総額4000億円のインフラ事業"): not a research,
# development, aid or funding scheme, nor money put into one
_JA_TOTAL_BEFORE = re.compile(r"総額\s*(?:約|最大)?\s*$")
_JA_TOTAL_OF_WORKS_AFTER = re.compile(_JA_BRACKET_AFTER + r"の(?:(?!研究|開発|共同|助成|支援|資金|提供|拠出|出資|融資|投資|"
                                      r"受け|借款|交流|補助|基金)[^\s。、]){0,10}?事業(?!費|予算|資金|を|に(?:投資|出資|融資|拠出))")
# (review 47) a call's ceiling or a sum per award before the figure: "1件あたり最大300万円の交流プロジェクト"
_JA_CEILING_BEFORE = re.compile(r"(?:最大|上限|1件(?:あたり|当たり))\s*(?:約\s*)?$")
# (round 103) a price by weight or by the piece: "リブアイとサーロインがキロあたり125ポンド"
# (review 47: not 1本, a paper or a grant: "論文1本当たり10万円の報奨金")
_JA_PER_ITEM_BEFORE = re.compile(r"(?:キロ|キログラム|kg|グラム|100g|1個|1枚|1杯|1皿|1箱)\s*(?:あたり|当たり)\s*$", re.I)
# (round 131) or by one item named right before the figure, with no "per": "1パックそれぞれ35ポンド", "1個150ポンド", "かけうどん
# 1杯が3.95ポンド", "100グラム約8千円" (not 1本 nor 1人: a grant per paper or per person)
_JA_ONE_ITEM_BEFORE = re.compile(r"(?:(?<![\d.,])1|一)\s*(?:パック|個|枚|杯|皿|箱|瓶|袋|玉|斤|人前|食)(?:が|は|で|\s*それぞれ)?\s*(?:約|およそ)?\s*$"
                                 r"|(?<![\d.,])\d+\s*(?:グラム|g|キロ|kg)\s*(?:で)?\s*(?:約|およそ)?\s*$", re.I)
# (round 131) the capital a company has already set up a subsidiary with is its investment, not a stock: "すでに資金約1億円で
# 英国に現地法人を設立した"
_JA_SETS_UP_WITH_AFTER = re.compile(r"\s*で[^。、]{0,20}?(?:現地法人|子会社|合弁会社|法人|会社)を設立")


def sets_up_a_company_with(text: str, end: int) -> bool:
    """(round 131) Whether the figure ending at ``end`` is the capital a company is set up with ("資金約1億円で英国に現地法人を
    設立した"): a company's investment, whoever the sentence leaves unnamed."""
    return bool(_JA_SETS_UP_WITH_AFTER.match(text, end))
# (round 131) what a good is sold at: "80ポンド(104ドル、約1万5千円)で9月7日から販売開始されている"
_JA_SOLD_AT_AFTER = re.compile(r"(?:\s*[(（][^()（）。]{0,40}[)）])?\s*で(?:[^。、]{0,12}?)?(?:販売|売られ|提供され)")
# (round 90) a whole industry sized by 規模: "10年後には1兆ドル規模の大きな産業になると予測され" (a market figure; review 43:
# 産業 or 業界 ends its noun, a programme for one, "100億円規模の産業支援策", is no size)
_JA_SCALE_OF_INDUSTRY_AFTER = re.compile(r"\s*規模の\s*(?:[^\s。、]{0,6}?)(?:産業|業界)(?![\u4E00-\u9FFF\u30A0-\u30FF])")
# (round 156) what money spent is said to bring about, an effect or an added value: "英国経済におよそ75億ポンドの効果を
# もたらし", "今後10年間で11億4,000万ポンドの付加価値をもたらし"
_JA_EFFECT_BROUGHT_AFTER = re.compile(r"\s*(?:以上|超|強)?\s*の\s*(?:経済)?(?:効果|付加価値|経済波及効果|便益)\s*を\s*"
                                      r"(?:もたら|生み|生じ)")
# (round 156) a sum the sentence makes by adding one figure to another: "…分担した15億ポンドを加えると、イノベーションへの
# 投資総額は30億ポンドになる"
_JA_SUM_ADDED_BEFORE = re.compile(r"を加えると\s*、?[^。]{0,30}?(?:総額|合計|総計)は\s*(?:約|およそ)?\s*$")
# (round 156) a country's research spending in a year, a statistic: "2018年の英国の研究開発投資は、371億ポンド"
_JA_NATION_RD_TOTAL_BEFORE = re.compile(r"(?:19|20)\d\d\s?年(?:度)?の(?:英国|イギリス|日本|米国|ドイツ|フランス|中国|世界)の"
                                        r"(?:総)?(?:研究開発|R&D)(?:投資|費|支出)(?:額|総額)?は\s*、?\s*(?:約|およそ)?\s*$")
# (round 128) what a whole industry brings in each year, the industry its subject: "廃棄物・リサイクル産業が年間120億ポンドと
# 10万人の雇用を生み出しており" (not a programme for one, "産業支援策", whose noun goes on after 産業)
_JA_INDUSTRY_YIELDS_BEFORE = re.compile(r"(?:産業|業界)(?:は|が)\s*、?\s*(?:年間|毎年|年)\s*(?:約|およそ)?\s*$")
# (round 129) or the size an industry's growth takes it to: "英国の自動運転車産業の成長により、2035年までに420億ポンドに達し"
# (review 53: only what the industry itself yields, "…の収入を生み出し", "…と10万人の雇用を生み出し", not a subsidy it receives)
_JA_YIELD_AFTER = re.compile(r"\s*(?:以上|超)?\s*(?:の(?:収入|売上高?|付加価値|経済効果|収益|生産額)|を(?:生み|稼|(?:経済に)?もたら)|"
                             r"と[^。、]{0,12}を生み)")
# (review 53: the industry or its growth is the last topic before the figure, no other money noun between)
_JA_INDUSTRY_GROWS_BEFORE = re.compile(r"(?:産業|業界|市場)(?:規模)?(?:の(?:成長|拡大)により、?|は|が)[^、。はが額金]{0,16}?、?(?:約|およそ)?\s*$")
_JA_REACHES_AFTER = re.compile(r"\s*(?:規模)?に(?:達|のぼ|上(?:る|り|った))")
# (round 90) what shares or a company are acquired for: "未保有分すべてを現金26億ポンド(約5280億円)で取得する" (every
# such figure the seen keys hold is a price; review 43: the shares may be named between, "現金26億ポンドで同社の全株式を取得")
# (round 128: or the price a seller takes, past a bracket that counts the debt in, "Pennon Group plcに3億8,000万ポンド
# (債務291百万ポンド込み)で売却しました")
_JA_ACQUIRED_FOR_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*で(?:(?:の)?(?:[^。、]{0,15}を)?(?:追加)?取得|(?:[^。、]{0,15}を)?売却)")
# (review 53) a loss or a profit a sale is made at is no price: "赤字5億円で英国事業を売却した"
_JA_RESULT_RIGHT_BEFORE = re.compile(r"(?:赤字|黒字|損失|利益|売上高?|減損)\s*(?:約)?\s*$")
# (round 88) a sum taken off a budget, a revenue or a cost (every such figure the seen keys hold is "other")
_JA_REDUCTION_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:も|の)?\s*(?:減額|減収|減益|(?:コスト)?削減|節約|圧縮)")
_COSTS_AFTER = re.compile(r"\s*(?:ほど|ぐらい|くらい|程度)?が?\s*(?:かか|掛か)[るりっ]")
# a figure that is the object of an investing verb is invested, whatever cost noun heads it ("総事業費約100億ポンドを投じ",
# "総事業費のうち50億ポンド超を、…事業に投じます")
# (round 88) a figure a budget books ("…の関連費用として730億円を予算計上した"): money set aside for it, whatever cost
# noun names it
_JA_OVERHEAD_BEFORE = re.compile(r"(?:人件費|損失|差損|利払い|利息)(?:として|に)?\s*$")
_JA_BUDGETED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*を\s*予算(?:に)?計上")
# (round 148) a sum a budget takes in: "…の開発費59億円も盛り込まれる方向だ", "来年度予算案に…を盛り込む"
JA_PUT_IN_BUDGET_AFTER = re.compile(_JA_BRACKET_AFTER + r"(?:\s*の[^。、]{0,10}?)?\s*(?:も|が|を)?\s*盛り込")
# (round 148) what one unit of a product costs: "ミサイル1発あたり5千万円前後", "1基当たり…"
_JA_PER_UNIT_BEFORE = re.compile(r"(?:1|１|一)(?:発|台|基|機|両|隻)\s*(?:あたり|当たり)\s*(?:約)?$")
# (round 148) what a body owns, its endowment or assets: "約130億ポンド(…)の基本財産を持つ"
# (round 158: and what a fund or a landlord manages, "1985年の創立以来、約250億ユーロを運用している", "世界約60都市で1.8兆円の
# 不動産を運用している")
_JA_ENDOWMENT_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:の\s*(?:基本財産|総資産|純資産|運用資産|資産)\s*を\s*(?:持|有|保有|抱え)|"
                                 # (review 58: not money managed for a purpose, "500億円を運用し、その運用益で…支援する")
                                 r"(?:の\s*(?:不動産|資産))?\s*を\s*運用(?:して|し|する|中)(?![^。]{0,30}?(?:投資|支援|助成|運用益)))")
# (round 143) and booked in a budget or a budget request named before it: "2015年度予算の概算要求で、…約500億円を計上"
_JA_BOOKED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*を\s*計上")
_JA_BUDGET_BEFORE = re.compile(r"予算|概算要求")
# (round 145) the cost of a named building's works after "the" (_THE_BEFORE), "the £61 million refit of the Ashmolean", "the £44m renovation of
# Manchester's Victoria Station": what the works cost, no money anyone is said to put in (not when the sentence says who
# funds, grants, invests or pays for it; "a £12m refurbishment at its Deeside site" is a company's own investment)
_PROJECT_WORK_OF_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:[\w-]+\s+){0,2}?(?:refit|redesign|renovation|refurbishment|"
                                    r"redevelopment|restoration|rebuild|makeover)(?:\s+project)?\s+of\b", re.I)
_PAID_FOR_WORDS = re.compile(r"\b(?:fund\w*|grants?|award\w*|donat\w*|paid\s+for|pays?\s+for|invest\w*|backed|"
                             r"financ\w*|sponsor\w*)\b", re.I)
# (round 144) what a company plans to spend building its own new site: "新拠点の建設にあたっては、…建設費用としては約8,200万
# ポンドを予定しています" (a cost it bears, not a project's price; the sentence must name the new site or plant)
_JA_BUILD_COST_BEFORE = re.compile(r"(?:建設|建築|設備)(?:費用|費)(?:として(?:は)?|は)\s*(?:約|総額)?\s*$")
_JA_PLANNED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:を|が)\s*(?:予定|見込|投じ|投入)")
_JA_OWN_SITE = re.compile(r"新(?:拠点|工場|施設|社屋|本社|研究所|センター)|自社")
# (round 142) what something is valued at ("約7億ポンド(約1,300億円)と評価される本ポートフォリオ") and money put into buying
# shares ("株式取得に総額221億円を投じている"): prices, not money put into a business
_JA_VALUED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*と\s*(?:評価|算定)(?:され|する|した|している)")
_JA_SHARE_PURCHASE_BEFORE = re.compile(r"(?:株式|株)の?(?:取得|買い?付け|買収)(?:費用)?に\s*(?:総額|合計|約|計)?\s*$")
# (a takeover's, not a stake in a start-up: the sentence says the company is bought or made a subsidiary)
_JA_TAKEOVER = re.compile(r"買収|TOB|公開買い?付け|子会社化|完全子会社")
# (round 160) money the words after it call a government's: "AI各成長ゾーンには500万ポンドの政府資金が投入され", "最大1億ポンドの
# 政府支援により" (the government of the currency's country pays, sides.py)
JA_GOVERNMENT_MONEY_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:の|もの)\s*(?:政府|公的)(?:資金|支援|予算|補助金?|助成金?)")
# (round 156) money the clause says is put into research or universities, in the passive with nobody named: "大学や
# イノヴェーションセンターなどに3,500万ポンド(49億円)が投じられる", "先端素材の研究には4,500万ポンド(64億円)が使われる" (a
# government's spending listed item by item; not where a company is named before it)
_JA_RESEARCH_RECIPIENT_BEFORE = re.compile(r"(?:大学|研究(?:機関|所|センター)?|イノ(?:ベ|ヴェ)ーション・?センター|研究開発)"
                                           r"[^。、]{0,12}?(?:に|には|へ|向けに|のために)\s*、?\s*$")
_JA_SPENT_PASSIVE_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*が\s*(?:投じられ|使われ|充てられ|投入され)")
# (review 58: nor money a fund or an investor puts into a start-up, "同ファンドから大学発ベンチャーに50億円が投じられる", nor a
# named owner's own site, "アクメ製薬の新研究所には30億円が投じられる")
_JA_BUSINESS_OR_OWN_SITE = re.compile(r"企業|会社|社[はがの]|株式会社|ホールディングス|グループ|ファンド|ベンチャー|スタートアップ|"
                                      r"投資家|キャピタル|製薬|工業|電機|商事|自社|新研究所|新拠点")
_JA_PUT_INTO_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:を|も)\s*(?:投じ|投入|費や)")
# (round 109) and the share of a cost a named body bears: "事業費は総額約700億円で、うち半分の約350億円を三菱地所が負担する"
# is that company's money in (not the cost itself, nor "…を負担する" with no bearer named)
_JA_INVESTED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:超|以上|程度)?を(?:[^。]{0,60}?(?:投じ|投資)|\s*(?P<bearer>[^。、をが]{1,20}?)が\s*"
                                r"(?:全額|一部を?|折半で)?\s*負担)")
# (review 49) the bearer decides: a public one funds ("…を国が負担する", "東京都が"), users, consumers and a question word pay
# no money in ("改修費用50億円を利用者が負担する", "誰が負担するか"), and a loss or a penalty borne is no money in either
# (round 113) a share of a cost that a state, named as the sentence's subject, bears: "日本はこのうちの約551億円負担する"
# (round 117: also by a means named between, "英政府が総事業費のうち2兆円を直接融資などで負担する")
_JA_BORNE_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:を)?\s*(?:[^、。をがは]{1,10}?で)?\s*負担(?:する|し|して|した)")
# (round 117: and a country's short name before its government, "英政府が", "日政府は")
# (round 134: after として too, "国際的事業として日本側が約1400億円を負担すると見込む")
_JA_PUBLIC_SUBJECT = re.compile(r"(?:^|(?<=[、。\s「(（])|(?<=として))(?:日本|英国|イギリス|政府|国|[英日](?=政府))(?:政府|側)?[はが]")
# (review 50) another subject between names the one who bears it ("政府は、日立が…損失約3000億円を負担した")
_OTHER_SUBJECT = re.compile(r"[^、。\s]{1,12}[がは]")


def _public_bears(text: str, start: int, end: int) -> bool:
    """Whether the Japanese sentence's public subject is the one who bears text[start:end] (no other subject between,
    and no loss)."""
    lo = _ja_sentence_around(text, start, end)[0]
    last = None
    for last in _JA_PUBLIC_SUBJECT.finditer(text, lo, start):   # (the subject nearest the figure)
        pass
    return (last is not None and not _OTHER_SUBJECT.search(text, last.end(), start)
            and not _JA_LOSS_BEFORE.search(text, max(lo, start - 12), start))


_JA_PUBLIC_BEARER = re.compile(r"(?:国|政府|都|道|府|県|市|町|村|自治体|省|庁|機構)$")
_JA_NO_INVESTOR_BEARER = re.compile(r"(?:利用者|消費者|住民|誰|何|側)$")
_JA_LOSS_BEFORE = re.compile(r"(?:損失|違約金|赤字|損害)[^。、]{0,6}$")
# "a deal that valued 100% of the company, including debt, at ~EUR 5 billion": what a deal put on a company is its
# price, however far the thing valued parts the verb from "at" (a stake valued so is still a stake: other)
_VALUED_OBJECT_AT = re.compile(r"\bvalu(?:ed|es|ing)\s+(?!at\b)(?:(?!\bstakes?\b)[^.;]){1,80}?\bat\s+"
                               r"(?:(?:about|around|some|nearly|almost|over|more\s+than|approximately|an?\s+estimated)\s+|[~≈]\s*)?$", re.I)
# "$50m (£40m) upfront", "$20m of that up front": the first payment of a deal
_UPFRONT_AFTER = re.compile(_EQUIVALENT_AFTER + r"(?:\s+of\s+(?:that|it|this|the\s+total))?\s+up-?\s?front\b", re.I)
# a stock of money put in before, not new money: "日本はすでに英国に920億ポンドを投資し", "has already invested"
# (round 19: what a country's or a class's firms "already invest" or "currently invest" in another is a stock; "had
# already cost taxpayers £1.34bn" is what a thing cost; money a body "currently invests" each year is not a stock)
# (round 114) but what one company has already put into its own site is its investment: "Vantec, which has already
# invested £22.5million into its Wearside warehouse and distribution operation, plans to expand"
_INTO_ITS_OWN_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:into|in)\s+its\s+(?!(?:own\s+)?economy\b)", re.I)
# (review 50) not a country or a class of firms, whose past investment is a stock ("Japan has already invested £92
# billion in its closest European partner", "Japanese firms have already invested £18 billion in its northern regions")
_STOCK_HOLDER_BEFORE = re.compile(r"(?:\b(?:Japan|Britain|UK|China|America|US|Germany|France|Korea|India)|\b\w+s)\s+"
                                  r"(?:have|has|had)\s+already\s+(?:invested|put)\s+(?:\w+\s+){0,2}$")
_ALREADY = re.compile(r"(?:すでに|既に)[^。、,]{0,12}$|\balready\s+(?:invested|put)\s+(?:\w+\s+){0,2}$|"
                      r"\b(?:already|currently)\s+(?:invests?|cost|costs)\s+(?:\w+\s+){0,2}$", re.I)
_YEARLY_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|annum)\b|\s+annually\b|\s+a\s+year\b", re.I)
# (round 155) a named company as the subject: "Hitachi has already invested about £1.3bn in reactor designs"
_HAS_ALREADY_INVESTED_GAP = re.compile(r"\s+(?:has|had)\s+already\s+(?:invested|put)\s+(?:\w+\s+){0,2}", re.I)


def _named_company_already_invested(text: str, start: int, names: list[tuple[int, int]]) -> bool:
    """(round 155) Whether a named body right before "has already invested" is the figure's subject (its own project's
    money, not a stock of a country's or a class's investment)."""
    first = bisect.bisect_left(names, (start - 80,))
    return any(_HAS_ALREADY_INVESTED_GAP.fullmatch(text, b, start) for _a, b in names[first:] if b <= start)


# a price: a per-cent move to a figure ("closed up 3.1 per cent to 597,000 yen"), a figure after shares
# with no scale (a unit price: "Gallaher shares were off ... at £11.495"), money paid for a stake or a company
_MOVE_BEFORE = re.compile(r"(?:per\s*cent|%)\s+(?:to|at)\s+$", re.I)
_SHARES_BEFORE = re.compile(r"\bshares\b[^.;]{0,100}$", re.I)
# (after a bracketed equivalent too: "spent $3bn (£2.4bn) to buy 12 UK firms")
_FOR_ASSET_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:for|on|to\s+(?:buy|acquire))\s+(?:a|an|the|its|their)?\s*"
                              r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)?\s+)?(?:[\w-]+\s+){0,2}"
                              r"(?:stakes?|shares?|holdings?|interests?|compan(?:y|ies)|firms?|business(?:es)?|assets?|licen[cs]es?|rights)\b", re.I)
# (round 49) new shares a company issues to an investor "for" the figure ("will issue new shares to Shionogi for
# $2.13bn"): money put into the company, not a price paid to a seller
_NEW_SHARES_ISSUED_BEFORE = re.compile(r"\bissu(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}(?:shares|stock)\s+to\s+[^.;]{1,60}?\s+"
                                       r"for\s+(?:(?:about|around|approximately|some|nearly|almost)\s+)?$", re.I)
# (round 49) the verb right before the figure invests, for equity: "Pfizer invested $33m for an equity stake",
# "investing about 130 billion yen for a 5 pct equity stake" put money into the firm (a stake in an asset, "have invested
# almost £1 billion for a stake in a UK offshore wind farm", is bought from its owner: a price, as the keys read it)
_INVESTED_RIGHT_BEFORE = re.compile(r"\binvest(?:s|ed|ing)?\s+(?:(?:about|around|approximately|some|nearly|almost|over|"
                                    r"more\s+than|up\s+to|a\s+(?:further|additional))\s+)*$", re.I)
_INTO_MARKETS_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:in|into)\s+(?:[\w-]+\s+){0,2}markets?\b", re.I)
# (round 112: or for a stake in a joint venture it sets up, "IHG invested £10m for a 75% stake in a hotel joint venture
# with ANA"; a stake in a wind farm already built stays its price)
_FOR_EQUITY_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+for\s+(?:an?\s+)?(?:[\d.]+\s*(?:%|pct|per\s*cent)\s+)?(?:equity\b|"
                               r"stake\s+in\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?[\w-]*joint[\s-]?ventures?\b)", re.I)
# an option on more of an order, before the figure: "an option for an additional £460 million investment"
# (round 43: not "with the option to invest a further $1.6bn", money a holder may put in)
_OPTION_BEFORE = re.compile(r"\boptions?\s+(?:for|on|to)\s+(?!invest)(?:[\w-]+\s+){0,3}$", re.I)
# a stock of money put in over a past period, not new money: "over the last 10 years X has invested",
# "have now invested", "brings its UK investment to", "$45 billion invested in 2023", "between 2013 and 2017"
# (round 80: 累積投資額, a cumulative sum, as 累計)
_STOCK_BEFORE = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+){0,2}(?:years?|decades?)\b[^.;]*$|"
    # (round 93) a figure dated "in recent years" right before it: "It brings investment in the Sunderland plant in
    # recent years £921m" (not a figure further on: "in recent years, with the government committing £400m")
    r"\b(?:in|over)\s+recent\s+years\s*(?:(?:about|around|some|more\s+than|over|nearly|almost)\s+)?$|"
    r"\bhave\s+now\s+(?:invested|spent|put|committed)\b[^.;]*$|\bto\s+date\b[^.;]*$|"
    # (round 137) "Since coming to Britain in 1978, Mitsubishi Electric has invested pounds 75m in four factories"
    r"^\s*Since\b[^.;]{0,60}?\b(?:19|20)\d\d\b[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+)?(?:invested|spent|put)\s+"
    r"(?:(?:about|around|some|more\s+than|over|nearly|almost)\s+)?$|"
    # (round 101: or a body's, "bringing Fujitsu's total investment in the UK IT services firm to about $2.81bn")
    r"\b(?:brings?|bringing|taking|takes)\s+(?:the|its|their|total|(?:(?-i:[A-Z])[\w&-]*\s+){0,3}(?-i:[A-Z])[\w&-]*['’]s)\b[^.;]{0,80}\bto\s+"
    r"(?:(?:about|around|some|more\s+than|over|nearly|almost)\s+)?$|過去\s?\d+\s?年[^。]*$|(?:累計|累積)[^。]*$|"
    # a total given since a body began: "Founded in 1990, the trust has given over £8m in grants"
    # (round 80: or since it opened: "Since opening for business in the city, Unipres (UK) Limited has invested in over
    # £180 million")
    r"\b(?:(?:[Ss]ince|[Ss]et\s+up\s+in|[Ff]ounded\s+in|[Ee]stablished\s+in|[Cc]reated\s+in)\s+(?:19|20)\d\d\b|"
    r"[Ss]ince\s+(?:opening|launching|starting|its\s+(?:opening|launch|founding|creation)|(?:it|they)\s+(?:opened|"
    r"launched|began|started))\b)[^.;]*"
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:given|awarded|provided|invested|donated|granted|distributed|spent)\s+(?:in\s+)?"
    r"(?:(?:about|around|some|more\s+than|over|nearly|almost|in\s+excess\s+of)\s+)?$|"
    # (round 41) "Octopus Energy has so far invested €7bn": what has gone in until now
    r"\b(?:has|have)\s+(?:so\s+far|thus\s+far|to\s+date)\s+(?:invested|spent|put|committed|given|awarded|provided|"
    r"raised)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|in\s+excess\s+of)\s+)?$", re.I)
# (round 40) what a site has drawn since a year, told in a participle: "has been making EVs since 2013, receiving £420m
# of investment" (not a yearly flow: "Since 2019, receiving £2m a year from the UK government")
_SINCE_RECEIVING_BEFORE = re.compile(r"\b[Ss]ince\s+(?:19|20)\d\d\s*,\s*(?:having\s+)?(?:receiv|attract|secur|draw|absorb)\w*\s+"
                                     r"(?:(?:about|around|some|more\s+than|over|nearly|almost|in\s+excess\s+of)\s+)?$")
_STOCK_AFTER = re.compile(
    r"\s*(?:invested|committed|raised|spent|put)\s+(?:\w+\s+){0,3}?in\s+(?:19|20)\d\d\b|"
    r"[^.;]{0,60}\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|"  # (not in a sentence about the future)
    r"\s*(?:\w+\s+){0,3}?(?:to\s+date|so\s+far|since\s+(?:19|20)\d\d)\b|"
    # (round 93) since a site opened or a company came: "has invested more than £3bn since opening the plant in the
    # 1980s", "has received pounds 178m in RSA since Nissan came to Britain in 1984"
    # (review 44: not past a comma or another verb's "which"/"and", nor after a superlative or a first, "the largest
    # since production began", "the biggest commitment since Abe came to power")
    r"(?:(?!\b(?:which|and|largest|biggest|highest|first|most|best|record|greatest)\b)[^.;,]){0,60}?\bsince\s+(?:opening|launching|production\s+(?:began|started)|(?:it|they)\s+(?:opened|arrived|came)|"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+(?:came|arrived|moved)\s+(?:to|in)\b|"
    # (round 101) "have invested pounds 3bn in the UK since Nissan built its plant ... in 1984"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+(?:built|opened|set\s+up|established)\s+(?:its|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:plant|factory|works|site)\b)", re.I)
# (round 90) the Japanese of "since 2003 it has put in": a year with 以降 or 以来 just before the figure, and an
# investing verb right after it ("2003年以降、約300億円を投じて日本で事業を続けてきた"); a pledge made since a year and
# money received since one keep their readings ("2011年以降当面、…8億ドルの拠出を公約", "2007年以降で計約3億ポンドを受け取")
# (review 43: the put-in verb must be past or go on until now, "…を投じてきた", "…を投じて事業を続けてきた", "…を投資した": a plan
# in the plain present, "2026年以降、約500億円を投じて研究拠点を整備する", is new money; the year may name an event or a place
# may come between, "1992年の進出以降、約40億ポンドを投じてきた", "2003年以来、英国に約300億円を投じてきた")
_JA_SINCE_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s?年(?:度)?[^。、]{0,6}?(?:以降|以来)\s*[、,]?[^。、]{0,12}?"
                                   r"(?:約|総額|計|合計)?\s*$")
# (round 136) or received since then: "2014年の開始時以来、10億ポンド(約12.7億ドル、約1374億円)以上の投資を受けることになる"
_JA_RECEIVED_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:以上|超|余り)?の\s*(?:投資|資金|支援|助成)を\s*受け")
# (round 156) or a total so far named as such, the year's start between: "国家量子技術プログラムによる総投資額は、2014年の
# 開始以来、10億ポンドという大きなマイルストーンを超える"
_JA_TOTAL_SO_FAR_BEFORE = re.compile(r"(?:総投資額|投資総額|累計投資額|投資累計額)は\s*、?")
_JA_PUT_IN_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*(?:も)?を\s*(?:投じ|投資し|投入し|つぎ込ん)"
                              r"(?:た|てき|て[^。]{0,30}?(?:てき|続けた))")
# a sentence about the future: "will be spent between 2023 and 2025" is a plan, not a stock
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|plans?|planned|expected|going\s+to)\b|予定|計画|見込み|方針|見通し", re.I)
# money raised by a whole class of companies is a market figure: "UK start-ups raised £500m", 新興企業は…を調達
# (a decimal point inside an amount, "30.2億ドル", does not end the clause)
# (round 114: a Japanese class word with a name right after it is one firm, "英スタートアップ企業ゼロアビアが…調達")
# (round 152: or a Latin name set off by spaces, "スタートアップ Wayve が", "スタートアップ FloodFlash は")
# (review 50: only a name that closes at a subject marker or a bracket, "スタートアップ企業ランキングによると" and "…企業エコシステム
# の調査" stay classes; and 各社, 各企業, "20社" are classes)
_CLASS = (r"(?:start-?ups|scale-?ups|companies|firms|businesses|SMEs|各社|各企業|\d+社|"
          r"(?:スタートアップ|新興企業|小企業|中小企業|ベンチャー企業|企業全体)(?:企業)?(?!企)"
          r"(?!(?!ランキング|エコシステム|イベント|メディア|ブーム|ファンド|コミュニティ|サポート|センター|プログラム)"
          r"[\u30a0-\u30ffA-Za-z・]+(?:[はがも、]|[(（]))"
          # (review 57: the spaced form takes a Latin name only; "スタートアップ エコシステム は" stays a class)
          r"(?![ \u3000][A-Za-z][\w.&-]*(?:[ \u3000][A-Za-z][\w.&-]*)*[ \u3000]?(?:[はがも、]|[(（])))")
_CLASS_RAISED = re.compile(
    rf"{_CLASS}(?:[^.;。]|\.(?=\d)){{0,80}}(?:\b(?:raised|attracted|secured|drew|pulled\s+in)\b|調達|集め|獲得|に投資された)|"
    rf"(?:\b(?:raised|attracted|secured)\s+by\b|調達|集め|獲得)(?:[^.;。]|\.(?=\d)){{0,40}}{_CLASS}", re.I)

# a figure dated to a year, in a clause that neither looks ahead nor gives: a statistic
# ("the UK's investment in Japan (¥765bn in 2010)", "2017年の32億ドル")
_DATED_AFTER = re.compile(r"\s+(?:in|for)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)|"
                          # (round 43) a participle between: "export services, with over £161 million provided in 2020"
                          r"\s+(?:provided|recorded|exported|imported|generated|earned|sold)\s+(?:in|during)\s+"
                          r"(?:FY\s?)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)|"
                          # or to a half-year or a quarter, a few words on: "that came from abroad in the first half of this year"
                          r"(?:\s+[^.;,\d]{0,40}?)?\s+(?:in|during)\s+the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\b", re.I)
_DATED_BEFORE = re.compile(r"(?:19|20)\d\d\s*年(?:度)?の\s*$|\bin\s+(?:19|20)\d\d\s*,\s*$", re.I)
# (round 132) or a sentence that opens on a year and says what the figure was then: "In 1982, the last year for which
# such figures are available, inward investment in companies in the IT sector was in excess of £100 million"
_YEAR_OPENS = re.compile(r"[\s\"“‘]*In\s+(?:19|20)\d\d\s*,")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+$")
# (review 54) only when what "was" the figure is a statistic's subject ("inward investment in companies in the IT sector",
# "Japanese investment in the UK"), not a grant, a budget, a contribution or one body's investment ("In 2010, Japan's
# contribution to ITER was ¥50 billion", "In 1998, Nissan's investment in its plant was £215m")
_STATISTIC_SUBJECT = re.compile(r"\b(?:(?:inward|direct|foreign|overseas|Japanese|British|UK)\s+investment|exports?|imports?|"
                                r"trade|spending|market|turnover|sales|FDI)\b", re.I)
_NOT_STATISTIC_SUBJECT = re.compile(r"\b(?:grants?|funding|budgets?|contributions?|gifts?|donations?|awards?|fund)\b|['’]s\s|"
                                    r"\b(?:offered|awarded|paid|given|provided|pledged)\b", re.I)


def _year_statistic(text: str, start: int, sentence_start: int, cl_lo: int) -> bool:
    """(round 132) A sentence opening on a year that says what a statistic was then: "In 1982, the last year for which
    such figures are available, inward investment in companies in the IT sector was in excess of £100 million"."""
    opening = _YEAR_OPENS.match(text, sentence_start)
    was = opening and _WAS_BEFORE.search(text, max(cl_lo, start - 6), start)
    if not was:
        return False
    subject = text[opening.end():was.start()]
    return bool(_STATISTIC_SUBJECT.search(subject)) and not _NOT_STATISTIC_SUBJECT.search(subject)
# (round 133) not a sum the clause then gives out: "In 1998, approximately 51.6 billion yen (£269 million) were made
# available for disbursement in support of various projects"
_GIVEN_PASSIVE_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                                  r"(?:made\s+available|earmarked|allocated|awarded|granted|disbursed|donated|provided|"
                                  r"committed|set\s+aside|pledged|contributed|given)\b", re.I)
# (verbs, not the nouns: "the UK's investment in Japan (¥765bn in 2010)" gives nothing)
# (round 65) what visitors, spectators or travellers spend, in any phrasing of its clause: "150,000 visitors arrived
# from China, spending £240 million", "tourists, who spend ¥249,128 per person", "British tourists bringing in ¥100
# billion", "the average spending an international spectator was 385,000 JPY" (unless money is put in towards them:
# "VisitBritain will invest £5m to draw visitors who spend more")
_VISITOR_WORD = re.compile(r"\b(?:visitors?|tourists?|holidaymakers?|spectators?|travell?ers?|sightseers|vacationers)\b|"
                           r"訪日客|観光客|旅行者|訪問者", re.I)
_VISITOR_SPEND = re.compile(r"\bspen(?:d|ds|t|ding|ders?)\b|\bexpenditure\b|\b(?:bring(?:s|ing)?|brought)\s+in\b|消費|支出",
                            re.I)
# (review 35: and a body's own spending to draw them: "VisitBritain will spend £5m to attract visitors")
_PUT_IN_BEFORE = re.compile(r"\b(?:award|grant|provid|fund|invest|commit|pledg|allocat|donat)\w*|\b(?:will|to|plans?\s+to)\s+spend\b|"
                            r"助成|拠出|出資|支援|提供|投資", re.I)
# (round 70, review 35: right before its own figure only, not a later figure of the sentence: "The fund, which had
# invested £2m in the start-up, will add £3m")
_HAD_INVESTED_BEFORE = re.compile(r"\bhad\s+invested\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|an?\s+"
                                  r"estimated)\s+)?$", re.I)
# (round 106) but not a stake in one company: "SoftBank had invested $1.5 billion in Greensill's eponymous finance
# company" is that investment, where "had invested £40m in Britain in 2012" sums a company's spending in a place
# (review 48: not a place's or its own industry, plant or business: "in Britain's motor industry", "in Sunderland's plant",
# "in its Sunderland business", "in the business at Burnaston", "in the company's Ballymena site")
_IN_A_COMPANY_AFTER = re.compile(r"\s+in(?:to)?\s+(?!(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?business\b)"
                                 r"(?:[A-Z][\w-]*['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:industry|sector|economy|"
                                 r"grid|plant|factory|site|operations|market|area|region)\b)|(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:company|firm|start-?up|business|fund|venture|stake)\b(?!['’]))")
# (round 66) costs the figure is the amount of, unless the clause gives or covers them (review 35: "Awards cover up
# to £5,000 of additional costs", "JSPS will fund £3m of further costs")
_OF_COSTS_AFTER = re.compile(r"\s+of\s+(?:further\s+|additional\s+|extra\s+|one-off\s+)?costs\b", re.I)
_COVERS_BEFORE = re.compile(r"\b(?:cover|covers|covered|covering|meet|meets|met|meeting|fund|funds|funded|funding|award\w*|"
                            r"grant\w*|provid\w*|pay|pays|paid|reimburs\w*)\b", re.I)
# (round 72) the money a need is put at, right after the figure and its noun
_NEEDED_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+(?:is|are|will\s+be|would\s+be)\s+"
                           r"(?:needed|required)\b", re.I)
# (round 71) a fund, trust or portfolio a manager takes over, by its size: "Masaki Taketsume will take over its £2.3bn
# Tokyo fund and £235.6m Japan Growth investment trust" (not one a body sets up or puts money in: "launches a £100m fund")
# (review 35: only a manager taking a fund over; a body that runs or manages a fund may have set it up: "The council
# will run a £10m fund for start-ups", "Innovate UK manages the £50m fund")
_TAKE_OVER = r"\b(?:take|takes|took|taking)\s+over\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?"
_MANAGES_BEFORE = re.compile(_TAKE_OVER + "$", re.I)
_MANAGED_AFTER = re.compile(_EQUIVALENT_AFTER + r"(?:\s+(?!and\b|of\b|in\b|to\b)[\w-]+){0,4}?\s+(?:funds?|trusts?|portfolios?)\b",
                            re.I)
# (and the second of two: "... its £2.3bn Tokyo fund and £235.6m Japan Growth investment trust")
_MANAGES_TWO_BEFORE = re.compile(_TAKE_OVER + r"(?:[£$€¥]|US\$)\s?\d[\d.,]*\s*(?:bn|m|mn|million|billion)?\s+(?:[\w-]+\s+){0,4}?"
                                 r"(?:funds?|trusts?|portfolios?)\s+and\s+$", re.I)
# (round 65) a campaign the figure is the budget of, in its own noun phrase only (a firm "behind classic campaigns"
# and sold for £200m is not one)
_CAMPAIGN_HEAD = re.compile(r"\bcampaigns?\b|キャンペーン", re.I)
_GIVING_VERB = re.compile(r"\b(?:award(?:s|ed)?|grant(?:s|ed)|provid(?:e|es|ed|ing)|fund(?:s|ed)|invest(?:s|ed|ing)?|"
                          r"commit(?:s|ted)?|pledg(?:e|es|ed)|allocat(?:e|es|ed)|donat(?:e|es|ed)|contribut(?:e|es|ed)|"
                          r"spen(?:d|ds|t)|receiv(?:e|es|ed)|won|secured)\b|助成|拠出|出資|支援|提供|寄付", re.I)
# a figure that is one end of a change over time: "rose from £5bn to £7bn", "前年の81億ドルから79億ドルへと低下"
# (round 163: an adverb may come between, "fell slightly to £74m last year")
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|declin\w*|grew|grow(?:s|n|ing)|"
                            r"dropp?\w*|climb\w*|jump\w*|slipp?\w*|surg\w*|plunge\w*|shr[ai]nk\w*)"
                            r"(?:\s+(?:slightly|sharply|steadily|marginally|significantly|further|again))?\s+(?:by|to|from)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|a\s+record)\s+)?$|"
                            # the second end: "from $6bn to $5bn", "from about 8 billion yen (£44m) to about"
                            r"\bfrom\s+(?:(?:about|around|approximately|some|nearly|almost|over)\s+)?[£$€¥]?\d[\d.,]*\s*"
                            r"(?:[a-z]+\s+){0,2}(?:\([^()\n]{0,40}\)\s*)?to\s+(?:(?:about|around|approximately|some|nearly|almost|over)\s+)?$|"
                            r"\b(?:up|down)\s+(?:by|from)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|"
                            # (probes2) the first end after the second: "fell to €21 billion, from €30 billion a year earlier"
                            r"\bto\s+[£$€¥]\s?\d[\d.,]*(?:\s*[a-z]+)?\s*,\s+from\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$|"
                            # "were down £40m" (bare: "up to £7000" is a ceiling), "up 30% to £111m"
                            r"\b(?:were|was|is|are|been|be)\s+(?:up|down)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|"
                            # (round 18) an aside that says how much a figure fell: "apart from salmon – down £40.7m"
                            # ("up" alone would read a ceiling, "up to £7000")
                            r"(?:(?<=[–—(,;:])|(?<=[–—(,;:]\s))down\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|"
                            r"\b(?:up|down|rose|fell|grew|increased|decreased|declined|jumped|climbed|dropped)\s+(?:by\s+)?"
                            r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:to|at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|"
                            r"前年(?:同期)?の\s*$|前年比", re.I)
_CHANGE_AFTER = re.compile(r"(?:から|へと?|に)[^。、]{0,20}?(?:低下|減少|増加|上昇|拡大|縮小|伸び|落ち込|増え|減っ|倍増|半減)|"
                           # "worth £5m, up 54 percent", "£2bn (up 8%)", a statistic's share of a whole: "10億円 構成比10%"
                           r"(?:\s*\([^()\n]{0,40}\))?\s*[,(（]?\s*(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|"
                           # (round 163) a change against a year before: "The total was £8m down on the previous year"
                           r"\s+(?:up|down)\s+on\s+(?:the\s+)?(?:previous|last|prior|a)\s+(?:year|quarter|month)\b|"
                           r"\s*[,、(（]?\s*(?:構成比|シェア|前年比|前年同期比)|\s*と[、,]\s*前年(?:同期)?の|"
                           # Japanese statistics give the move in brackets: "31億ポンド(24.5%減)", "(2.6倍)",
                           # "(前年同期の金額は非公表)"
                           r"\s*[(（]\s*(?:[+\-−]?\d+(?:\.\d+)?\s*(?:[%％]\s*(?:減|増|の減少|の増加)|倍)|前年(?:同期)?の)", re.I)
# the first end of a change: "from £5bn (¥900bn) to £7bn" (the figure after "from", another after "to")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|approximately|some|nearly|almost|over)\s+)?$", re.I)
_TO_FIGURE_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+to\s+(?:(?:about|around|approximately|some|nearly|almost|over)\s+)?"
                              r"(?:[£$€¥]|(?:US|C|A|S)\$)?\s?\d", re.I)
# a clause whose subject is an aim states a target, not money given: "The goal is to provide £5bn a year",
# "目標は…億円"
_AIM_SUBJECT = re.compile(r"\s*[\"“]?\s*(?:The|Its|Their|Our|This|An?)\s+(?:\w+\s+)?(?:goal|aim|target|ambition|objective)\s+"
                          r"(?:is|was|will\s+be)\s+to\b|[^。]{0,20}?目標は", re.I)
# a clause whose subject is the value of a holding states an asset value, at either end of a change: "The value of
# the fund's $60bn investment in 69 companies had risen to $73bn" (a deal's or a contract's value stays a price, a
# grant's stays funding)
# (probes2: not the value of many deals, a market figure: "The value of deals struck by Japanese investors fell to")
_VALUE_SUBJECT = re.compile(r"\s*[\"“]?\s*(?:The|Its|Their|Our|This)\s+(?:(?:total|combined|current|market)\s+)?value\s+of\b"
                            r"(?!\s+(?:[\w-]+\s+){0,2}(?:deals|acquisitions|takeovers|transactions|M&A)\b)", re.I)
# (probes2, session 27) a whole class of buyers paying is many deals, a market figure, not one deal's price: "Japanese
# buyers spent $14.5bn on British companies", "日本企業による英国企業の買収額は"
_CLASS_BUYERS = re.compile(r"\b(?:Japanese|British|UK|US|American|foreign|overseas|European|Chinese|Asian)\s+"
                           r"(?:buyers|acquirers|bidders|investors|companies|firms|groups|corporations)\b|"
                           r"(?:日本|英国|外国|海外|米国|欧州|中国)企業(?:による|が)", re.I)
# a turnover of many companies or of a sector is a market figure ("a combined turnover of £1bn")
_CLASS_TURNOVER = re.compile(rf"(?:{_CLASS}|\bsectors?\b|\bindustr(?:y|ies)\b|\bcombined\b|\bcollective\b)"
                             r"[^.;]{0,60}?\bturn(?:over|s\s+over)\b", re.I)
# a clause that imagines rather than reports: an illustration ("For example, five companies might each
# contribute £5m") — both the illustration and the modal, since "Each partner might receive up to £50,000"
# in a call and "例えば…月額32.6万円と設定されています" (a real rate, given as an example) are money
_ILLUSTRATION = re.compile(r"\b(?:for\s+example|for\s+instance|hypothetical\w*|imagine|suppose)\b|例えば|仮に|たとえば", re.I)
_MODAL = re.compile(r"\b(?:might|could|would)\b|とすれば|とすると|場合", re.I)

# (round 85) what went into a whole class of firms or a whole country: "フィンテック関連のベンチャー企業への投資は13億4000万
# ポンド", "英国全体への投資(29億9000万ポンド)" (a statistic: the figure's own noun, 投資, would read it as money put in)
# (review 41: a whole country only, not "計画全体への投資"; and not one investor's own, "三菱商事による…", _JA_OWN_INVESTOR)
_JA_CLASS_INVESTED_BEFORE = re.compile(r"(?:ベンチャー企業|スタートアップ(?:企業)?|新興企業|(?:英国|日本|国内|世界|欧州|米国|国)全体)"
                                       r"(?:へ|向け|に対する)の?投資(?:額)?\s*(?:は|が|で|[(（])?\s*(?:約|総額|計)?\s*$")
_JA_OWN_INVESTOR = re.compile(r"(?:による|[\u30a0-\u30ffA-Za-z)）」]の)[^。、]{0,12}$")


def _ja_sentence_end(text: str, pos: int, reach: int = 300) -> int:
    """Where the Japanese sentence running on at ``pos`` ends (its 。, or ``reach`` characters on: an English page
    holds no 。 and is not scanned to its end)."""
    i = text.find("。", pos, pos + reach)
    return min(len(text), pos + reach) if i < 0 else i


def _holding_or_book(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the figure is the size of what someone holds or has on its books, not money put in: (session 31) assets
    under management, "$1bn of assets under management"; (round 85) what a manager manages, "manages about €400bn in
    investments"; (round 96) mandates, a firm's capital and the cash it holds; (round 83) a lender's new business and
    a company profile's share capital (資本金:) other than in the outline of a company being set up; (round 90) the
    capital of a company its sentence says was set up in a past year."""
    near = max(sentence_start, start - 40)
    if _AUM_AFTER.match(text, end) or _AUM_BEFORE.search(text, near, start):
        return True
    if _ASSET_MANAGER_BEFORE.search(text, near, start) and _ASSETS_AFTER.match(text, end):
        return True
    holder = _HOLDER_WITH_BEFORE.search(text, max(sentence_start, start - 60), start)
    if (_MANDATES_AFTER.match(text, end) and not _DEPLOYS_BEFORE.search(text, near, start)
            or holder and _CAPITAL_AFTER.match(text, end)
            and not _SETTING_UP.search(text, max(sentence_start, holder.start() - 60), holder.end())
            or _CASH_HELD_BEFORE.search(text, max(sentence_start, start - 80), start)):
        return True   # (round 96) mandates, a firm's capital, the cash a company holds
    if _NEW_BUSINESS_BEFORE.search(text, near, start) or _NEW_BUSINESS_AFTER.match(text, end):
        return True
    if (_JA_CAPITAL_IS_BEFORE.search(text, max(sentence_start, start - 12), start)
            and _JA_SET_UP_IN_YEAR.search(text, max(sentence_start, start - 200), start)
            and not _JA_NEW_COMPANY_WORDS.search(text, sentence_start, _ja_sentence_end(text, end))):
        # (review 43: not a new company or joint venture its writer pays in, "当社は2025年1月に…新会社を設立し、資本金は
        # 1000万ポンドで当社が100%出資した")
        return True
    return bool(_PROFILE_CAPITAL_BEFORE.search(text, max(0, start - 12), start)
                and not _NEW_COMPANY_NEAR.search(text, max(0, start - 300), min(len(text), end + 300)))


# the kind of a figure whose sentence holds no telling word (chosen by leave-one-split-out: "other"
# lost recall on six of the seven seen splits, and in session 22 on seven of eight, removing one false
# positive, once the clause's structure is read; a genre prior from call words did no better:
# docs/import.md)
DEFAULT_KIND = "funding"


def kind_from_words(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                    names: list[tuple[int, int]] = (), listed_after: str | None = None) -> str | None:
    """The kind of the figure (see ``_kind_from_words``), with money raised from investors read as investment where
    its words would make it a price: (round 56) "the self-driving pioneer that raised $16bn at a $126bn valuation"
    (a valuation or a price word stands nearer than the verb). What many firms raise together stays a market total
    ("UK start-ups raised £1.3bn in the first quarter"), and a sale's proceeds are no investment."""
    kind = _kind_from_words(text, start, end, sentence_start, sentence_end, names, listed_after)
    if (kind in (None, "funding", "investment") and _RAISE_BEFORE.search(text, max(sentence_start, start - 30), start)
            and _BY_SELLING_OFF_AFTER.match(text, end)):
        return "price"   # (round 139) "the government's plans to raise £1.5 billion by privatising it": what buyers pay
    if (kind == "price" and _RAISED_BEFORE.search(text, max(sentence_start, start - 40), start)
            and not _FROM_A_SALE_AFTER.match(text, end)):
        return "investment"
    if kind in ("price", "market") and _ROUND_AFTER.match(text, end):
        return "investment"   # (round 97) "SoftBank led Zopa's $300 million round ..., valuing the business at $1 billion"
    if (kind == "price" and _PROVIDE_BEFORE.search(text, max(sentence_start, start - 30), start)
            and _FOR_ITS_STAKE_AFTER.match(text, end)):
        return "investment"   # (round 97) a shareholder's share of new capital: "refused to provide GBP150 million for its
        # 15% stake"
    if (kind in ("price", "other") and _FROM_OWNERS_AFTER.match(text, end)
            and _ASKED_BEFORE.search(text, max(sentence_start, start - 40), start)):
        return "investment"   # (round 97) "H3G UK asked for GBP1 billion from its then parents ... to extend banking loans"
    if kind in ("other", "investment", None) and JA_PUT_IN_BUDGET_AFTER.match(text, end) and _JA_BUDGET_BEFORE.search(
            text, sentence_start, sentence_end):
        return "funding"   # (round 148) "…の開発費59億円も盛り込まれる方向だ" in a budget's sentence
    if _JA_PER_UNIT_BEFORE.search(text, max(sentence_start, start - 12), start):
        return "price"   # (round 148) "ミサイル1発あたり5千万円前後"
    if kind in ("funding", "investment", None) and _vc_total_share(text, start, end, names):
        return "market"   # (round 152) "ベンチャーキャピタル投資総額を比較してみると、ロンドンへの投資が23億4369万ポンド…"
    if (kind in ("funding", "investment", None) and (purchase := _JA_SPENT_ON_PURCHASE_AFTER.match(text, end))
            and not _JA_PARTNERSHIP_AFTER.search(text, purchase.end(), _ja_sentence_end(text, purchase.end()))):
        return "price"   # (round 152) "約240億ポンド(約3兆2千億円)を投じてアームの全株を買い取る": the purchase's price
    if _JA_ENDOWMENT_AFTER.match(text, end):
        return "other"   # (round 148) "約130億ポンド(1兆8,200億円)の基本財産を持つ"
    if kind not in ("other", "trade") and (
            _RESULT_AMOUNTED_BEFORE.search(text, max(sentence_start, start - 120), start)
            or _CAPACITY_WAS_BEFORE.search(text, max(sentence_start, start - 60), start)
            and _UNDERWRITING_WORD.search(text, sentence_start, sentence_end)):
        return "other"   # (round 147) a year's result or an underwriter's capacity, whatever word stands nearer
    if (kind in ("funding", "investment", None) and _PERIOD_TOTAL_AFTER.match(text, end, sentence_end)
            and not _GIVEN_OR_SPENT_BEFORE.search(text, sentence_start, start)):
        # (round 147) a whole year's or period's total: "£53.1m and £48.3m for the full 12-month periods in 2022 and 2023"
        return _stock_kind(text, start, end, sentence_start, sentence_end)
    if (kind in ("market", "other", None) and ja_company_bonds(text, sentence_start, sentence_end)
            and not _JA_ISSUES_COUNTED_BEFORE.search(text, max(sentence_start, start - 20), start)):
        return "investment"   # (round 150) "7月にフランス電力が1104億円、英バークレイズ・バンクが527億円…の起債を実現"
    if kind is None and _PERCENT_FROM_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "other"   # (round 149) "It was up 9.8 per cent from £117.9 million": the level a figure changed from
    if (kind in ("investment", None) and _PRODUCT_AFTER.match(text, end)
            and _ARTICLE_BEFORE.search(text, max(sentence_start, start - 8), start)):
        return "price"   # (round 155) what one product costs: "the £200,000 system is able to create", "a $1,900 robot"
    if kind in ("funding", "investment", None) and _OF_BUSINESS_AFTER.match(text, end):
        # (round 155) business won or expected, "has already secured GBP457m (US$778m) of business for British
        # companies" (orders: a price), "at least £1bn of new business flows" (other)
        return "price" if _WON_BEFORE.search(text, max(sentence_start, start - 40), start) else "other"
    if kind == "funding" and _NAMED_ROUND_RAISE_BEFORE.search(text, max(sentence_start, start - 40), start):
        return "investment"   # (round 159) "a Series B fund-raise of >USD$45M": investors' money in a company's round
    if kind in ("funding", "investment", None) and (
            _TRIP_AFTER.match(text, end) or _SENT_ON_TRIP_AFTER.match(text, end, sentence_end)
            or _COST_IN_ALL_BEFORE.search(text, max(sentence_start, start - 40), start)) and not (
            _GIVER_IN_SENTENCE.search(text, sentence_start, sentence_end)):
        return "other"   # (round 157) a trip's cost: "£5,000 Japan trip", "spent £5,000 sending two officers on a trip"
    if (kind in ("investment", None) and _SPENDING_BEFORE_FIGURE.search(text, max(sentence_start, start - 20), start)
            and (builder := _BUILDER_DID_WORKS.search(text, max(sentence_start, start - 160), start))
            and not re.search(r"[.;]", text[builder.end():start])
            # (review 58: not another subject's spending, "the university, spending", "with the council spending")
            and not _OTHER_SPENDER_BEFORE.search(text, max(builder.end(), start - 60), start)):
        return "other"   # (round 157) "Try Construction Group did the renovations, ..., spending £882,000 total"
    if _BRINGS_IN_BEFORE.search(text, max(sentence_start, start - 30), start) and _OF_SPEND_AFTER.match(text, end):
        return "market"   # (round 157) "Tourism ... bringing in £1.7billion of spend"
    if _TRIP_COST_LABEL_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "other"   # (round 154) a trip's cost lines: "All flights: £19,430.36", "Vehicle hire for four days: £3,652.31"
    if _INFOBOX_CHANGE_BEFORE.search(text, max(0, start - 12), start):
        return "other"   # (round 151) a Wikipedia infobox's accounts row: "Total assetsIncrease£71.2 million[6] (2019)"
    if (kind in ("funding", "investment", None) and _SPONSORSHIP_AFTER.match(text, end)
            and not _GIVER_IN_SENTENCE.search(text, sentence_start, sentence_end)):
        return "price"   # (round 157) "AIG spent £14 million per season for sponsorship": what a sponsor pays for its name
    if kind is None and (question := _question_before(text, start, end)) is not None:
        # (round 157) an answer line under its question: "How much was the total cost of the project from start to
        # finish?" / "In the region of £118 million" (the question's words tell what the answer's figure is)
        return _nearest_cue(text, start, end, question[0], question[1], names)
    instalments = (_INSTALMENTS_BEFORE.search(text, max(sentence_start, start - 160), start)
                   if kind in ("price", "other", None) else None)
    if (instalments and _AWARD_WORD.search(text, sentence_start, sentence_end)
            and not _PRICE_NOUN.search(text, sentence_start, instalments.start())):
        return "funding"   # (round 146) the instalments an award is paid in: "paid in three instalments: £3,000 at ..."
    return kind


# (round 157) what a sponsor pays for each season or year: "spent £14 million per season for sponsorship"
_SPONSORSHIP_AFTER = re.compile(r"\s+(?:per|a|each)\s+(?:season|year)\s+(?:for|on|in)\s+(?:the\s+)?(?:shirt\s+|kit\s+)?"
                                r"sponsorship\b", re.I)
# (round 157) an answer's line: short, the figure and a few words ("In the region of £118 million", "£69.5 million")
_ANSWER_LINE_REACH = 60
_ANY_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ASKS_FOR_A_SUM = re.compile(r"\bhow\s+much\b|\bwhat\s+(?:is|was|were|are)\s+the\s+(?:total\s+|final\s+)?(?:cost|amount|value|"
                             r"price|sum|bill)s?\b", re.I)


def _question_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The question line right above a short answer line that holds the figure (blank lines between allowed): where
    it starts and ends, or None."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    rest = text[lo:start] + " " + text[end:hi]
    if hi - lo > _ANSWER_LINE_REACH or "?" in rest or _ANY_CJK.search(rest) or len(rest.split()) > 4:
        return None   # (a heading under a question headline is no answer: "2.5億ドル調達の注目の核融合ベンチャー")
    q_hi = lo - 1
    while q_hi > 0 and text[q_hi - 1] in " \t\n\r\u00a0":
        q_hi -= 1
    if q_hi <= 0 or text[q_hi - 1] not in "?？" or lo - q_hi > 8:
        return None
    q_lo = text.rfind("\n", 0, q_hi) + 1
    # (review 58: only a question asking for a sum, "How much was the total cost ...?", not "How big is the market?")
    return (q_lo, q_hi) if q_hi - q_lo <= 300 and _ASKS_FOR_A_SUM.search(text, q_lo, q_hi) else None


# (round 147) a year's result as the clause's subject, "The loss after dividends transferred from reserves for the year
# amounted to £140,837,000" (the dividends nearer the figure are no price), and an insurance syndicate's capacity,
# "the syndicate's capacity was maintained at GBP 1.1 billion" (review 56: no money word between the result and its verb,
# "Despite a loss in 2022, the amount Toyota invested ... was", nor a trade surplus; a capacity only with an underwriting
# word, _UNDERWRITING_WORD)
_RESULT_AMOUNTED_BEFORE = re.compile(r"(?<!trade\s)\b(?:loss|profit|deficit|surplus)e?s?\b(?:(?!\b(?:invest\w*|grants?|fund\w*|income|"
                                     r"spending|budget|contributions?|award\w*|given|gave)\b)[^.;]){0,80}?\b(?:amounted\s+to|totall?ed|"
                                     r"came\s+to|stood\s+at|was|were)\s+(?:(?:about|around|some|approximately)\s+)?$", re.I)
_CAPACITY_WAS_BEFORE = re.compile(r"\bcapacity\s+(?:for\s+[^.;]{0,20}?\s+)?(?:was|is|of|stood\s+at|(?:was\s+|were\s+)?"
                                  r"(?:maintained|set|increased|raised|reduced|grew|rose)\s+(?:at|to))\s+"
                                  r"(?:(?:about|around|some|approximately)\s+)?$", re.I)
# (round 147) a figure of a whole past period, right after it (or after the next figure of a list); review 56: only a
# 12-month period or plural years, "for the financial year 2025-26" is a budget's year (and see _GIVEN_OR_SPENT_BEFORE)
_PERIOD_TOTAL_AFTER = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+the\s+(?:full\s+)?(?:(?:12-month|twelve-month)\s+periods?|"
                                 r"(?:financial|fiscal|calendar)\s+(?:years|periods))\b", re.I)
# (review 56) an underwriter's capacity only: a funder's "capacity for new grants" is its budget
_UNDERWRITING_WORD = re.compile(r"\b(?:syndicates?|underwrit\w*|Lloyd['’]s|insur\w*|reinsur\w*|premiums?)\b", re.I)
# (review 56) money given or spent in the clause before a period's figure keeps its kind: "UKRI allocated £8.8 billion
# for the financial year 2025 to 2026"
_GIVEN_OR_SPENT_BEFORE = re.compile(r"\b(?:allocat\w*|award\w*|grant\w*|invest\w*|provid\w*|set\s+aside|request\w*|budget\w*|"
                                    r"fund\w*|spen[dt]\w*)\b", re.I)
# (round 149) the earlier level of a figure no word reads: "up 9.8 per cent from £117.9 million"
_PERCENT_FROM_BEFORE = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|grew|dropped|climbed|slipped)\b(?:[^.;]|\.(?=\d)){0,25}?"
                                  r"(?:per\s*cent|percent|%)\s+from\s+(?:(?:about|around|some)\s+)?$", re.I)
# (round 152) a total of venture or private-equity investment earlier in the Japanese sentence: a market's size, each city's
# or year's share of it too (the English "venture capital investment" is a market cue already)
_JA_VC_TOTAL_BEFORE = re.compile(r"(?:ベンチャー・?キャピタル|VC|プライベート・?エクイティー?|PE)[^。]{0,8}?投資(?:の)?(?:総額|額の合計|総計|額)")
# (review 57) a payer's own act after the total's words is no share of it: "VC投資額のうち、ソフトバンクが2億ドルを出資した",
# "JSTは…1社あたり最大5億円を出資する", "英国政府は、ベンチャーキャピタルへの投資額を増やすため、…を拠出する"
_JA_OWN_ACT_AFTER = re.compile(r"(?:[(（][^)）]{0,30}[)）])?\s*(?:以上|超|程度)?\s*を(?:出資|拠出|投資|投じ)")
_JA_CAP_BEFORE = re.compile(r"(?:1社|1件|一社|一件)あたり|上限|最大")
_JA_VC_GOVERNED = re.compile(r"\s*(?:への|を増やす|との共同|として)")


def _vc_total_share(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """(round 152) Whether a venture or private-equity investment total earlier in the Japanese sentence makes the figure
    a share of that market (review 57: not a payer's own act, nor a figure a named body or a government stands before)."""
    total = None
    for total in _JA_VC_TOTAL_BEFORE.finditer(text, _ja_sentence_start(text, start, 200), start):
        pass   # the last total's words before the figure
    if total is None or _JA_VC_GOVERNED.match(text, total.end()) or _JA_OWN_ACT_AFTER.match(text, end):
        return False
    if _JA_CAP_BEFORE.search(text, total.end(), start) or "政府" in text[total.end():start]:
        return False
    if text.endswith("政府の", 0, total.start()) or any(b == total.start() - 1 and text[b] == "の" for _a, b in names):
        return False   # a body's own venture fund: "日本政府のVCファンドの投資額は"
    return not any(total.end() <= a < start for a, _b in names)


# (round 152) money a Japanese buyer "puts in" to buy a company outright: "…を投じてアームの全株を買い取る", "…を投じる英オルガノ
# ックス買収" (not money put into a site, "…を投じて施設拡張を図る"; review 57: only a whole company's shares)
# (round 153: or raises to buy one, "1兆7500億円の資金を調達して英国本社が持つ株式を全て買い取り"; not money raised to set up a
# buyout fund, "約2000億円を調達して買収ファンドを設立し", the lenders' investment)
_JA_SPENT_ON_PURCHASE_AFTER = re.compile(r"(?:[(（][^)）]{0,30}[)）])?(?:の資金)?を(?:投じ|調達し)(?:て|る)[^。、]{0,30}?"
                                         r"(?:買い取|買収(?!ファンド)|全株|株式の(?:全て|全部|過半|100%)を取得|株式を全て)")
# (review 57) a stake with a partnership is investment: "5,000万ポンドを投じて英新興企業の株式を取得し、資本提携する"
_JA_PARTNERSHIP_AFTER = re.compile(r"資本提携|業務提携|出資")
# (round 155) business a figure measures, right after it (not "business-led projects")
_OF_BUSINESS_AFTER = re.compile(r"\s*(?:[(（][^)）\n]{0,30}[)）]\s*)?of\s+(?:new\s+|extra\s+|additional\s+)?business\b(?!-)",
                                re.I)
_WON_BEFORE = re.compile(r"\b(?:secured|won|winning|signed)\b", re.I)
# (round 155) a product named right after its figure, the figure after an article
_PRODUCT_AFTER = re.compile(r"[- ](?:[a-z-]+\s+)?(?:systems?|devices?|robots?|machines?|scanners?|cameras?|drones?|handsets?|"
                            r"gadgets?)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|each)\s+$", re.I)
# (round 154) a line of a trip's or a visit's costs, the label and a colon right before the figure (what was spent,
# no money put in)
_TRIP_COST_LABEL_BEFORE = re.compile(r"\b(?:flights?|air\s*fares?|(?:train|rail)\s+travel|hotels?|accommodation|"
                                     r"(?:vehicle|car)\s+hire|taxis?|interpret(?:ers?|ing)|subsistence|per\s+diems?|"
                                     r"travel\s+(?:costs?|expenses))\b[^:\n.;]{0,30}:\s*$", re.I)
# (round 159) a named round's money, whatever funding word names the raise: "a Series B fund-raise of >USD$45M with a
# group of international investors"
_NAMED_ROUND_RAISE_BEFORE = re.compile(r"(?-i:\b" + _SERIES + r")\s+(?:fund-?rais(?:e|ing)|funding(?:\s+round)?|financing)\s+"
                                       r"(?:of|worth|totall?ing)\s+(?:(?:over|more\s+than|about|around|some)\s+|>\s*)?$", re.I)
# (round 157) what a trip costs: named by the figure ("Council defends £5,000 Japan trip for officers"), spent sending
# people on it ("spent between £4,000 and £5,000 sending two officers ... on a five-day trip"), or a visit's whole cost
# ("which took place at the end of September and cost a total of around £12,000")
_TRIP_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:trip|junket|jaunt|study\s+tour)s?\b(?!\s+(?:grants?|awards?|bursar\w*|"
                         r"scholarships?|funding)\b)")
_SENT_ON_TRIP_AFTER = re.compile(r"\s+(?:sending|flying|taking)\b[^.;]{0,80}?\bon\s+(?:an?\s+|the\s+|their\s+)?"
                                 r"(?:[\w–-]+\s+){0,3}(?:trip|visit|tour|mission)s?\b", re.I)
_COST_IN_ALL_BEFORE = re.compile(r"\bcost(?:s|ed)?\s+(?:a\s+total\s+of|in\s+total)\s+(?:(?:around|about|some|roughly|"
                                 r"nearly|almost|over)\s+)?$", re.I)
# (review 58) none of the trip, sponsorship or spend readings where a giver or a grant is in the sentence: "The Daiwa
# Foundation spent £200,000 sending UK researchers on exchange visits", "The government pays £1m a year for sponsorship
# of UK-Japan student exchanges"
_GIVER_IN_SENTENCE = re.compile(r"\b(?:Foundation|Trust|grants?|awards?|bursar\w*|scholarships?|fellowships?|exchanges?)\b")
# (round 157) what a builder spent doing the works it was hired for is the works' cost, not money put in: "Try
# Construction Group did the renovations, with one building becoming a dormitory ..., spending £882,000 total"
_BUILDER_DID_WORKS = re.compile(r"\b(?:Construction|Builders|Contractors?|Contracting)(?:\s+(?:Group|Ltd|Limited|Company|plc))?\s+"
                                r"(?:did|carried\s+out|undertook|completed|handled)\s+the\s+(?:renovations?|refurbishments?|"
                                r"works?|construction|building\s+works?|conversion)\b")
_OTHER_SPENDER_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+[\w-]+,?\s+spen(?:ding|t)\s+(?:(?:about|around|some|nearly|almost|"
                                   r"over)\s+)?$", re.I)
_SPENDING_BEFORE_FIGURE = re.compile(r"\bspen(?:ding|t)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$", re.I)
# (round 157) what visitors spend, brought into an economy: "bringing in £1.7billion of spend"
_BRINGS_IN_BEFORE = re.compile(r"\bbring(?:s|ing)?\s+in\s+(?:(?:over|around|about|some|nearly|almost)\s+)?$", re.I)
_OF_SPEND_AFTER = re.compile(r"\s+of\s+(?:(?:visitor|tourism|tourist|consumer)\s+spend(?:ing)?|spend)\b(?!\s+on\b)", re.I)
# (round 151) the change arrow's alt text a copied Wikipedia infobox fuses to a figure, at a line's start or right
# after its label: "RevenueDecrease£10.5 million", "Decrease£1.1 million" (a company's accounts, never money put in)
# (review 57: fused to the figure, never a headline's or a bullet's first word, "Increase £2m in Newton Fund grants")
_INFOBOX_CHANGE_BEFORE = re.compile(r"(?:^|(?<=[a-z]))(?:Increase|Decrease|Steady)$", re.M)
# (round 150) a Japanese sentence about issuing bonds (サムライ債, ポンド債, 社債 … を発行, 起債): each issue's size is money its
# buyers put in, whatever market word stands nearer ("サムライ債市場"), unless the figure counts a market's or a year's
# issues (_JA_ISSUES_COUNTED_BEFORE)
_JA_BOND_ISSUE = re.compile(r"(?:サムライ債|社債|債券|銀行債|(?:ポンド|ドル|ユーロ|円)建て債|ポンド債|ドル債|ユーロ債|円債|グリーンボンド|"
                           r"[\d０-９]+年債)[^。]{0,40}?発行|発行[^。]{0,40}?(?:サムライ債|社債|債券|ポンド債|"
                           r"ドル債|ユーロ債|グリーンボンド|[\d０-９]+年債)|起債")
# (a state's own bonds, 国債 or gilts, are read as before: the keys give them to the state; not a gilt as the yardstick
# of a spread, "英国債+34bp")
_JA_STATE_BORROWS = re.compile(r"国債(?!\s*[+＋])|ギルト")


def ja_company_bonds(text: str, start: int, end: int) -> bool:
    """(round 150) Whether the Japanese sentence text[start:end] is about issuing bonds other than a state's own."""
    return bool(_JA_BOND_ISSUE.search(text, start, end) and not _JA_STATE_BORROWS.search(text, start, end))


# (round 150) the words before a figure that counts a market's or a year's issues ("年間発行額", "市場全体で")
_JA_ISSUES_COUNTED_BEFORE = re.compile(r"(?:年間|今年|年初来|年度|市場全体|全体|累計|合計)[^。、]{0,12}$")
# (round 146) a list of an award's instalments up to the figure (no full stop between), and the award's own words
_INSTALMENTS_BEFORE = re.compile(r"\binstal+ments?\s*(?:of\s*)?:[^.;:]*$", re.I)
_AWARD_WORD = re.compile(r"\b(?:bursar(?:y|ies)|scholarships?|studentships?|fellowships?|grants?|stipends?)\b", re.I)
# (review 56) what a purchase is paid in instalments of stays a price: "The plant's land will be paid in three instalments"
_PRICE_NOUN = re.compile(r"\b(?:price|fees?|land|contract|acquisition|purchase|settlement|loan)\b", re.I)


# (round 139) a seller raising money (_RAISE_BEFORE) by selling a business off ("to raise £1.5 billion by privatising
# it", "raise $2bn through a flotation of"; review 55: not a company floating itself, "by floating on the LSE", an IPO)
_BY_SELLING_OFF_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:by|through|from)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:partial\s+)?"
                                   r"(?:privati[sz](?:ing|ation)|selling\s+off|floating\s+(?:off\s+)?(?:its|the|a|an|part)\b|"
                                   r"flotation\s+of)\b", re.I)
# (round 97) a funding round named by its size: every such figure of the seen keys is an investment ("Zopa's $300
# million round", "a $20m Series B round")
_ROUND_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:(?:funding|financing|investment|equity|fundraising|seed|pre-seed|"
                          rf"growth|venture|{_SERIES}\d?)\s+)?round\b(?![- ]?trip|\s+the\s+clock)", re.I)
# (round 97) a shareholder asked for new capital in proportion to its stake: "provide GBP150 million for its 15% stake"
# (not a price paid for a stake: "is paying £900m for a 15% stake")
_PROVIDE_BEFORE = re.compile(r"\b(?:provide|provides|provided|providing|contribute|contributes|contributed|contributing|"
                             r"inject|injects|injected|injecting)\s+(?:(?:about|around|some|up\s+to|its\s+share\s+of)\s+)?$", re.I)
_FOR_ITS_STAKE_AFTER = re.compile(r"\s+for\s+(?:its|their|his|her)\s+(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+)?"
                                  r"(?:share|stake|holding)\b", re.I)
# (round 97) money a company asks of or receives from its owners is their capital
# (review 45: "in" only new capital, "in new equity", not loans, dividends or compensation from a parent)
_FROM_OWNERS_AFTER = re.compile(r"\s+(?:in\s+(?:new\s+)?(?:capital|equity|funding|funds|cash)\s+)?from\s+(?:its|their)\s+"
                                r"(?:then\s+|existing\s+|two\s+|three\s+)?"
                                r"(?:parents?|parent\s+compan(?:y|ies)|shareholders|owners|backers)\b", re.I)
_ASKED_BEFORE = re.compile(r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|s(?:eek|eeks|eeking|ought)|call(?:s|ed|ing)?|"
                           r"receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|need(?:s|ed|ing)?)\s+(?:for\s+)?"
                           r"(?:(?:about|around|some|nearly|almost|over|more\s+than|a\s+further|an\s+extra|another)\s+)?$", re.I)


# (round 92) a sentence whose subject, "the payments", takes up the subsidies or grants the sentence before gave: "The
# government also said ... it will provide subsidies to six companies ... The payments will total up to 90 billion yen"
# (review 43: the sentence before must give them, "provide subsidies", "award grants", and the payments' own sentence
# must not name a deal's price words, "including milestone payments, under its licensing deal")
_THE_PAYMENTS_TOTAL_BEFORE = re.compile(r"\s*(?:(?:The|These|Those|Such)\s+payments|Payments)\s+(?:are\s+expected\s+to\s+|will\s+|"
                                        r"would\s+|could\s+|may\s+)?(?:total|come\s+to|amount\s+to|reach)\s+"
                                        r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?")
_SUBSIDIES = re.compile(r"\b(?:provid|giv|award|pay|offer|grant)\w*\s+(?:[\w-]+\s+){0,3}?(?:subsid(?:y|ies)|grants?)\b", re.I)
_DEAL_PAYMENTS = re.compile(r"\bmilestones?\b|\blicen[cs]\w*|\broyalt|\bcompensation\b|\bacqui\w*|\bsettlement\b", re.I)
_PREVIOUS_REACH = 300


# (round 107) a table of values set side by side, one "name: figure" line each, after a lead-in that compares sizes
# ("国際比較データを見てみましょう。\nハーバード大学(米国):3兆8,800億円\n…\n東京大学:100億円"): what each body holds
# or is worth, not money anyone gives (a table of pledges or grants keeps its own reading)
_TABLE_LINE = re.compile(r"[^\n:：]{1,40}[:：][ \t\u3000]*(?:約|about\s+|around\s+)?[£$€¥]?\s?\d[^\n]{0,24}$", re.I)
_COMPARISON_LEAD = re.compile(r"比較|規模|ランキング|順位|上位|\bcompar\w*|\brank\w*|\blargest\b|\bbiggest\b|\bricher\b|"
                              r"\brichest\b|\bsizes?\b", re.I)
# (review 48: and names a holding, not aid, allocations, winners or investments: "各国の支援規模は以下の通り", "The largest
# allocations went to:", "The biggest Japanese investments in the UK this year, ranked by size:")
# (round 115: or the sizes of companies by their revenue, "【日本板硝子とピルキントンの売上高の比較(2005年3月期)】")
_HOLDING_LEAD = re.compile(r"基金|資産|時価総額|売上|\bendowments?\b|\bassets\b|\breserves\b|\bwealth\b|\bvaluations?\b|"
                           r"\brevenues?\b|\bturnover\b", re.I)
# (round 115) a comparison's heading on the line right above the table: two rows are enough under it
_COMPARISON_HEADING = re.compile(r"【[^】\n]*(?:比較|ランキング)[^】\n]*】\s*$")
_GIVING_LEAD = re.compile(r"寄付|寄附|拠出|助成|支援|援助|投資|補助|\bpledg\w*|\bdonat\w*|\bgrants?\b|\bawards?\b|"
                          r"\bcontributions?\b|\bfunding\b|\binvest\w*|\ballocat\w*|\bwinners?\b|\bprizes?\b|"
                          r"\bsubsid\w*|\bpackage\b|\baid\b", re.I)
_TABLE_LEAD_REACH = 300


def _in_comparison_table(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the figure of one line of a comparison table: three or more "name: figure" lines in
    a row, the figure ending its line, after a lead-in paragraph that compares the sizes of holdings and speaks of no
    giving."""
    line_lo = text.rfind("\n", 0, start) + 1
    line_hi = text.find("\n", end)
    line_hi = len(text) if line_hi < 0 else line_hi
    if text[end:line_hi].strip() or not _TABLE_LINE.fullmatch(text, line_lo, line_hi):
        return False
    first, rows = line_lo, 1
    while first > 0:   # the lines above that share the shape
        lo = text.rfind("\n", 0, first - 1) + 1
        if not _TABLE_LINE.fullmatch(text, lo, first - 1):
            break
        first, rows = lo, rows + 1
    nxt = line_hi
    while nxt < len(text):   # and the lines below
        hi = text.find("\n", nxt + 1)
        hi = len(text) if hi < 0 else hi
        if not _TABLE_LINE.fullmatch(text, nxt + 1, hi):
            break
        nxt, rows = hi, rows + 1
    # (the lead-in is the paragraph right before the table, or the page's opening when no blank line comes before it)
    brk = text.rfind("\n\n", 0, max(0, first - 2))
    lead = text[max(first - _TABLE_LEAD_REACH, brk + 2 if brk >= 0 else 0, 0):first]
    headed = bool(_COMPARISON_HEADING.search(text, max(0, first - 120), max(0, first - 1)))
    return ((rows >= 3 or rows == 2 and headed) and bool(_COMPARISON_LEAD.search(lead)) and bool(_HOLDING_LEAD.search(lead))
            and not _GIVING_LEAD.search(lead))


def _kind_from_words(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                     names: list[tuple[int, int]] = (), listed_after: str | None = None) -> str | None:
    """The kind of the figure at text[start:end] in the sentence text[sentence_start:sentence_end], or None when
    nothing in its sentence says what it is (the caller may then read the sentence before, or use DEFAULT_KIND).
    Words inside ``names`` (organisation mentions, sorted by start: "Ministry of Economy, Trade
    and Industry") are not cues. ``listed_after`` is the kind of the figure this one follows in a
    list ("were down £40m, and £16m respectively"): it shares that reading unless its own noun
    phrase says otherwise."""
    before = text[max(sentence_start, start - 30):start]
    if _RATIO_AFTER.match(text, end) or ((_PER_ONE_BEFORE.search(before) or _PER_ONE_AFTER_JA.match(text, end)
                                          or _PER_ONE_CONCERNING_JA.match(text, end) and _unscaled(text[start:end]))
                                         and _ONE_UNIT.fullmatch(text, start, end)):
        return "other"
    # (review 53: the other side of a ratio is a sum of a few units, "brings £11", not "brings over £2 million")
    if _unscaled(text[start:end]) and _RETURN_ON_ONE_BEFORE.search(text, max(sentence_start, start - 120), start):
        return "other"
    if _SALE_FIGURE_BEFORE.search(text, max(sentence_start, start - 160), start):
        return "price"
    if sets_up_a_company_with(text, end):
        return "investment"
    if _JA_CALL_FUNDING_AFTER.match(text, end):
        return "funding"   # (round 128) "5万~25万ポンドの範囲のファンディングを申請することができる": a call's grants
    if _in_comparison_table(text, start, end):
        return "other"
    if (_JA_FROM_INVESTORS_BEFORE.search(before) and _JA_RAISED_ONLY_AFTER.match(text, end)
            and not _CLASS_RAISED.search(text, max(sentence_start, start - 120), min(sentence_end, end + 40))):
        return "investment"   # (round 114) "…ベンチャーキャピタル部門など大手から、2100万ドルを調達した": one firm's round
    if (_ACCUMULATED_BEFORE.search(text, max(sentence_start, start - 60), start)
            and not _FRESH_OR_TO_FUND.search(text, end, min(sentence_end, end + 60))):
        return "other"   # (round 114) "It has now accumulated a total of over $33 million": what it holds to date
    if (_PUBLIC_PAYS_BEFORE.search(text, max(sentence_start, start - 60), start)
            and _SHARE_OR_PURPOSE_AFTER.search(text, end, min(sentence_end, end + 80))
            and not _PAID_FOR_AFTER.search(text, end, min(sentence_end, end + 80))):
        return "funding"   # (round 113) "with the host country expected to pay $1.8bn ... to dig the 40 km tunnel"
    if _PRIZE_AFTER.match(text, end) and not _SPORT_WORDS_EN.search(text, sentence_start, sentence_end):
        return "funding"   # (round 113) a prize named by its size: "earned the $1 million runner-up prize"
    if (_FRACTIONAL_SUM.search(text, start, end) and _CURRENCY_AGAINST.search(text, sentence_start, sentence_end)
            and not _SHARE_PRICE_WORD.search(text, sentence_start, sentence_end)):
        return "other"   # (round 94) a currency's level against another
    if (_THE_PAYMENTS_TOTAL_BEFORE.fullmatch(text, sentence_start, start)
            and _SUBSIDIES.search(text, max(0, sentence_start - _PREVIOUS_REACH), sentence_start)
            and not _DEAL_PAYMENTS.search(text, start, sentence_end)):
        return "funding"
    if (_THE_BEFORE.search(before) and _PROJECT_AFTER.match(text, end)
            and not _FUNDER_VERB_BEFORE.search(text, max(sentence_start, start - 40), start)
            and not _FUNDED_BY_AFTER.match(text, end, min(sentence_end, end + 80))):
        return "other"
    if (_AUCTION_ESTIMATE_BEFORE.search(text, max(0, start - 40), start)
            or (_AUCTION_HOUSE.search(text, sentence_start, sentence_end)
                or _RANKED_SALE_BEFORE.search(text, max(sentence_start, start - 60), start)
                and not _TRADE_SALE.search(text, sentence_start, sentence_end)
                and not _A_YEAR.search(text, end, sentence_end))
            and not _GIVING_WORDS.search(text, sentence_start, sentence_end)):
        return "price"   # (round 122) an auction's estimate or sale (round 123: a sale named by its rank, what it fetched)
    if (_RELEASE_TAKINGS.search(text, sentence_start, sentence_end)
            and not _GIVING_WORDS.search(text, sentence_start, sentence_end)):
        return "market"   # (round 122) a film's takings
    if (_BILLINGS_BEFORE.search(text, max(sentence_start, start - 30), start)
            or _POSSESSIVE_END.search(text, max(sentence_start, start - 4), start) and _ACCOUNT_AFTER.match(text, end)):
        return "other"   # (round 122) an agency's billings; a client's account named by its worth
    if (_SHARE_OF_MARKET_AFTER.match(text, end)
            or _PART_OF_THAT_BEFORE.search(text, max(sentence_start, start - 12), start) and _PART_OF_THAT_AFTER.match(text, end)
            or _SPENT_ACROSS_UNITS_AFTER.match(text, end)):
        return "market"   # (round 122) a share of a market; money spent across many units
    if (_TUITION.search(text, sentence_start, sentence_end) and not _FEES_COVERED.search(text, sentence_start, sentence_end)
            or _under_fee_heading(text, start, end)):
        return "price"   # (round 121) what a school charges
    if _OWED_BEFORE.search(text, max(sentence_start, start - 30), start):
        return "other"   # (round 121) a debt owed
    if _JA_ALL_SHARES_BEFORE.search(text, max(sentence_start, start - 30), start):
        return "price"   # (round 126) what buying all of a company's shares costs
    if ((_BREAK_FEE_BEFORE.search(text, max(sentence_start, start - 40), start) or _BREAK_FEE_AFTER.match(text, end))
            and not _PER_ITEM_AFTER.match(text, end)):
        return "other"   # (round 123) a fee for a deal called off (review 52: not a charge per ticket)
    if (_JA_SETTLEMENT_AFTER.match(text, end)
            or _JA_PROFIT_MEASURE_BEFORE.search(text, max(sentence_start, start - 20), start) and _TARGET_AFTER.match(text, end)):
        return "other"   # (round 120) a settlement paid; a profit target
    if _JA_PRICE_CAP_AFTER.match(text, end) and not _JA_PER_CASE_BEFORE.search(text, max(sentence_start, start - 10), start):
        return "price"   # (round 120) a price cap on goods
    if _SUED_FOR_BEFORE.search(text, max(sentence_start, start - 80), start):
        return "other"   # (round 119) damages sued for
    paid = _PAID_BODY_BEFORE.search(text, max(sentence_start, start - 40), start)
    if (paid and _SERVICE_TO_AFTER.match(text, end)
            and not _FUNDER_OR_RESEARCH_BODY.search(text, max(sentence_start, paid.start() - 60), start)
            or _RECEIVED_FOR_AFTER.match(text, end)
            and not _GRANT_NEAR.search(text, max(sentence_start, start - 40), min(sentence_end, end + 60))):
        return "price"   # (round 119) a supplier paid to take over a service; a contractor's due for its work
    if _BOND_ISSUANCE_AFTER.match(text, end) and _MANY_ISSUERS.search(text, sentence_start, sentence_end):
        return "market"   # (round 118) a total of bond issues
    if grant_sentence_before(text, start) is not None:
        return "funding"   # (round 118) "…助成金を獲得した。金額は…約1億ポンドと見られている"
    if (_ACTS_ON_PROJECT_BEFORE.search(before) and _PROJECT_NOUN_AFTER.match(text, end)
            or _cost_bill(before) and not _LEGISLATURE.search(text, sentence_start, sentence_end)
            and not _MONEY_NOUN_AFTER.match(text, end, sentence_end)
            or _TOOK_BEFORE.search(text, max(sentence_start, start - 60), start) and _TO_DO_AFTER_COST.match(text, end)):
        return "other"   # (round 117) a project's size when something acts on it; a bill faced; what something took
    if ((_ROUND_OF_BEFORE.search(text, max(sentence_start, start - 60), start) or _FUNDING_ROUND_AFTER.match(text, end))
            and _company_round(text, sentence_start, sentence_end)
            or _SUBSCRIBES_BEFORE.search(before)
            or _LIFELINE_AFTER.match(text, end) and _FOR_A_STAKE.search(text, sentence_start, sentence_end)):
        # (round 111, review 49) a lifeline thrown to a company for its shares: "threw the company a $9.5bn lifeline ... in
        # return for an 80pc controlling stake" (not "The Treasury offered a £300m lifeline to universities")
        # (round 111) a start-up's round: "has closed a series A funding round of $32m (£25m)"; (round 112) new shares
        # subscribed for: "for Compass Group to subscribe Y10 billion (£56 million) for 27.5% of the enlarged equity"
        return "investment"
    article = _THE_BEFORE_SIZED.search(before)
    size = article and _SIZED_BODY_AFTER.match(text, end)
    if size and (not article["title"] or size["holder"]):
        # (round 114: also after "of", for a holder, "Chairman of £50million investors Hitachi warns")
        # (round 111) a body named by its size: "The $397.4 billion Toronto-based giant has committed C$400 million",
        # "the £X (£23.5bn) Japanese company" (its worth, not money it puts in)
        return "other" if size["holder"] else "price"
    if _CLIENTS_WITH_BEFORE.search(before):
        return "other"   # (round 112) a wealth threshold: "limits its services to customers with at least $5-million"
    if _OWN_THE_BEFORE.search(before) and not _FUNDING_HEAD_AFTER.match(text, end):
        return "other"   # (round 109) the worth of what someone owns: "a joint venture to own the US$870m ... facility"
    if (_DESPITE_HAVING_PUT_BEFORE.search(before) and _GIVEN_UP.search(text, sentence_start, sentence_end)
            and not _GOES_ON.search(text, sentence_start, sentence_end)):
        return "other"   # (round 109) money sunk into a plan given up: "despite having put £2bn into it"
    raised = _RAISED_SO_FAR_BEFORE.search(text, max(sentence_start, start - 40), start)
    if (_TOTAL_RAISED_BEFORE.search(text, max(sentence_start, start - 60), start) or _SINCE_FOUNDING_AFTER.match(text, end)
            or _LIFETIME_AFTER.match(text, end) and _HAS_RAISED_BEFORE.search(text, max(sentence_start, start - 40), start)
            or (_OVER_ROUNDS_AFTER.match(text, end) or _OVER_PERIOD_AFTER.match(text, end))
            and _HAS_RAISED_ROUNDS_BEFORE.search(text, max(sentence_start, start - 40), start)
            or _PART_OF_TOTAL_BEFORE.search(text, max(sentence_start, start - 200), start)
            or _IN_TOTAL_SECURED_BEFORE.search(text, max(sentence_start, start - 60), start) and _NO_SOURCE_AFTER.match(text, end)
            or raised and (_TO_DATE_AFTER.match(text, end, sentence_end)
                           or raised["already"] and not _FROM_NAMED_AFTER.match(text, end)
                           or raised["previously"] and _NO_SOURCE_AFTER.match(text, end))):
        return "other"
    if _JA_COST_SPENT_AFTER.match(text, end, sentence_end):
        return "investment"   # (round 80) "約8,200万ポンド(約150億円)の費用を投じた工場": a cost someone puts in
    if _PER_ONE_RETURNS_BEFORE.search(text, max(sentence_start, start - 120), start):
        return "other"   # (round 59) "for every £1 of public investment, they deliver £23": a ratio's other side
    if (_SETS_BACK_BEFORE.search(text, max(sentence_start, start - 40), start)
            or _unscaled(text[start:end]) and (
                _PER_GOODS_UNIT_AFTER.match(text, end) and not _PER_UNIT_GIVEN.search(text, sentence_start, sentence_end)
                or _COSTING_BEFORE.search(text, max(sentence_start, start - 30), start)
                or _IT_COST_BEFORE.search(text, max(sentence_start, start - 30), start)
                and _SMALL_SUM.match(text, start, end) and not _PURPOSE_OR_PERIOD_AFTER.match(text, end)
                and not _FUNDED_BY.search(text, end, sentence_end))):
        return "price"   # (round 89) what one thing costs a buyer
    if (_EXPECTED_TO_COST_BEFORE.search(text, max(sentence_start, start - 40), start)
            and not _PAYER_NAMED_AFTER.match(text, end, sentence_end)
            or _TOWARDS_A_BEFORE.search(text, max(sentence_start, start - 120), start)):
        return "other"   # (round 94) a project's expected cost; the whole a pledge goes towards
    if _REPAYS_BEFORE.search(text, max(sentence_start, start - 40), start):
        return "other"   # (review 44) a repayment
    if (_SECURED_BEFORE.search(text, max(sentence_start, start - 40), start) and _TO_DO_AFTER.match(text, end)
            or _BAIL_OUT_AFTER.match(text, end) and not _REPAID_BEFORE.search(text, max(sentence_start, start - 40), start)):
        return "funding"   # (round 94) money secured to do something; (round 93) a bail-out
    paid = _BE_PAID_BEFORE.search(text, max(sentence_start, start - 40), start)
    if paid and _TO_SETTLE_AFTER.match(text, end):
        return "other"   # (review 45) paid to settle or to compensate
    if (paid and _BY_PAYER_TO_DO_AFTER.match(text, end)
            or _GIVING_HOLDERS_BEFORE.search(text, max(sentence_start, start - 120), start)
            and not _ON_PAPER_OR_YEARLY_AFTER.match(text, end)):
        return "price"   # (round 97) a supplier paid to do something; what a sale gives a stake's holders
    if _COMPENSATION_AFTER.match(text, end, sentence_end):
        return "other"   # (round 97) compensation or redress
    if (_ESCROW_AFTER.match(text, end) or _ESCROW_LIST_BEFORE.search(text, max(sentence_start, start - 200), start)
            or _PRINCIPAL_BEFORE.search(text, max(sentence_start, start - 40), start)
            or _FACILITY_AFTER.match(text, end) and not _LENDER_PROVIDES_BEFORE.search(text, max(sentence_start, start - 40), start)):
        return "other"   # (round 98) money in escrow; a loan's principal; a borrower's line
    if (_SEIZED_BEFORE.search(text, max(sentence_start, start - 40), start) or _SEIZED_AFTER.match(text, end, sentence_end)
            or _FUND_AIMS_BEFORE.search(text, max(sentence_start, start - 160), start)
            or _JA_FUND_SIZE_AIMED_AFTER.match(text, end)):
        return "other"   # (round 96) money seized or stolen; a fund's target size (round 100: in Japanese)
    if _LISTING_AFTER.match(text, end):
        return "price"   # (round 101) what a listing values a company at
    if _LOSE_BEFORE.search(text, max(sentence_start, start - 40), start) and not _ORDER_AFTER.match(text, end):
        return "other"   # (round 93) what a body loses ("warned it could lose £1.2bn"), not an order it loses
    if _PRICED_FROM_BEFORE.search(text, max(sentence_start, start - 40), start):
        return "price"   # (round 59) "a cost starting at 32,249 pounds": what a buyer pays for one
    if (_SALE_BRINGS_BEFORE.search(text, max(sentence_start, start - 40), start)
            and _SALE_WORD.search(text, max(clause_span(text, start, end, sentence_start, sentence_end)[0],
                                            text.rfind(",", sentence_start, start) + 1), start)
            or _CLOSED_AT_BEFORE.search(text, max(sentence_start, start - 40), start) and _unscaled(text[start:end])
            and _MARKET_WORDS.search(text, sentence_start, sentence_end)):
        return "price"   # (round 81) what a sale brings its seller; a share's closing level
    if (_TARGET_OF_BEFORE.search(text, max(sentence_start, start - 60), start)
            or (_YEARLY_BEFORE.search(text, max(sentence_start, start - 4), start) or _YEARLY_AFTER_GOAL.match(text, end))
            and _RICH_PROMISE_BEFORE.search(text, max(sentence_start, start - 160), start)
            or _IN_OUT_AFTER.match(text, end) and _unscaled(text[start:end])
            or _JA_BY_YEAR_BEFORE.search(text, max(sentence_start, start - 12), start) and _JA_ATTRACT_AFTER.match(text, end)):
        return "other"   # (round 82) a target or goal; the rich countries' yearly promise; a leverage model's units;
        # investment a country means to draw in by a year
    cls = _CLASS_WITH_BEFORE.search(text, max(sentence_start, start - 60), start)
    if cls and not _EQUIPS_BEFORE.search(text, max(sentence_start, cls.start() - 40), cls.start()):
        return "other"   # (round 81) firms with over £65m of funding: a threshold
    if (_RATE_AFTER.match(text, end) or _RATE_BEFORE.search(before)
            or _ALREADY.search(before) and not _YEARLY_AFTER.match(text, end) and not sets_up_a_company_with(text, end)
            and not ((_INTO_ITS_OWN_AFTER.match(text, end) or _named_company_already_invested(text, start, names))
                     and not _STOCK_HOLDER_BEFORE.search(before))
            or _RATE_CONVERTED.match(text, end) or _ONE_UNIT.fullmatch(text, start, end) and _unscaled(text[start:end])
            and _FIGURE_NEXT.match(text, end)):
        return "other"
    if (_TO_LEVEL_AFTER.match(text, end) or _AGAINST_PERIOD_AFTER.match(text, end)) and _CHANGE_BY_BEFORE.search(before):
        return "other"
    if _RELATIONSHIP_WORTH_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "trade"
    if _ASSETS_ARE_BEFORE.search(text, max(sentence_start, start - 50), start):
        return "other"   # (round 52) "Walney 1's assets are approximately 13 billion yen": what something is worth
    if _NATIONAL_PLAN_AFTER.match(text, end, min(sentence_end, end + 120)) or (
            _SIZE_TO_REACH_BEFORE.search(text, max(sentence_start, start - 12), start) and _TO_REACH_AFTER.match(text, end)):
        return "other"   # (round 54) a nation's plan, a fund's target size
    if _FRAMEWORK_AFTER.match(text, end, min(sentence_end, end + 120)):
        return "price"   # (round 52) "a £59BN HVDC supply chain framework": what contracts under it may come to
    if (_EXPENSE_SPENT_AFTER.match(text, end) or _ELIDED_ON_AFTER.match(text, end) and _EXPENSE_LIST_BEFORE.search(
            text, max(sentence_start, start - 160), start)) and _TRIP_WORD.search(text, max(0, sentence_start - 400), sentence_end):
        return "other"   # (round 75) a trip's or an event's expenses
    if _BUYBACK_AFTER.match(text, end) or _defence_budget(text, start, end, sentence_start, sentence_end):
        return "other"   # (round 74) a share buyback; a nation's whole defence budget
    if _REFINANCING_AFTER.match(text, end):
        return "other"   # (round 51) "a £60m refinancing which Eidos carried out": old debt replaced, no money put in
    if _SPEND_PER_HEAD_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "price"   # (round 51) "The average spend per head is £30": what a customer pays
    if _GDV_BEFORE.search(text, max(sentence_start, start - 50), start):
        return "other"   # (round 50) "has a gross development value of £275 mln": what the finished scheme is worth
    if _PRIOR_PERIOD_BEFORE.search(text, max(sentence_start, start - 30), start):
        return "other"
    if text.endswith("円", start, end) and _STOCK_CODE_BEFORE.search(text, max(sentence_start, start - 8), start):
        return "price"   # (round 63) "6501:681円": a share's price after its stock code
    if _FRACTIONAL_YEN.fullmatch(text, start, end) and not _SHARE_PRICE_WORD.search(text, sentence_start, sentence_end):
        return "other"   # (round 50) "the euro fell yesterday to 100.06 yen": yen with a fraction is a rate
    if _PENCE.search(text, start, end):
        return "price"   # (round 23) a sum in pence is a share's price (every such figure the keys hold is one)
    if (_STAKE_TAKEN_BEFORE.search(text, max(sentence_start, start - 80), start)
            or _NEW_SHARES_ISSUED_BEFORE.search(text, max(sentence_start, start - 120), start)):
        return "investment"
    if _GRANTS_AVERAGE_BEFORE.search(text, max(sentence_start, start - 120), start):
        return "funding"   # (session 31) "The Foundation's grants average £1,500 to £2,000": a funder's award size
    if _holding_or_book(text, start, end, sentence_start):
        return "other"
    if _RUNNING_TOTAL_BEFORE.search(text, max(sentence_start, start - 40), start):
        return "other"   # (round 39) "the fresh investment, which now stands at more than £100million": a running total
    if _ONE_DIRECT_INVESTMENT_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "investment"   # (session 31) "represents a foreign direct investment of more than £8 million": one site's
    if _INVESTMENT_LEVEL_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "market"
    if _STOCK_REACHING_BEFORE.search(text, max(sentence_start, start - 160), start):
        return "market"
    if _PUMP_BEFORE.search(text, max(sentence_start, start - 40), start) and _INTO_ECONOMY_AFTER.match(text, end):
        return "investment"   # (round 29) "has agreed to pump £7.5 billion into the UK's economy": the verb outweighs "economy"
    if _AIM_TO_LURE_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "other"   # (round 26) "Cameron's plan to lure £110bn of investment into ...": an aim
    if _AIM_TO_GROW_BEFORE.search(text, max(sentence_start, start - 120), start):
        return "other"   # (round 41) "with the aim of increasing the fund size to a total of €3.5bn by 2030": a target
    if _AWARD_VALUED_BEFORE.search(text, max(sentence_start, start - 60), start):
        return "funding"
    if (_FEE_LABEL_BEFORE.search(text, max(sentence_start, start - 60), start)
            or _A_FEE_OF_BEFORE.search(text, max(sentence_start, start - 60), start)
            or _STUDENTS_PAY_BEFORE.search(text, max(sentence_start, start - 60), start)):
        return "price"   # (round 51: and "have agreed a fee of around £40m-a-year with Yokohama Rubber")
    if _ALLOWANCE_THEN_COLON.search(text, max(sentence_start, start - 200), start):
        return "funding"   # (round 30) "a living allowance ... for a single person: Yen 260,000 per month"
    if (_JA_CONTRACT_AMOUNT_BEFORE.search(text, max(0, start - 12), start)
            and (_JA_DEVELOPMENT_CONTRACT.search(text, max(0, start - 200), start)
                 or _JA_DEVELOPMENT_CONTRACT.search(text, end, min(sentence_end, end + 60)))):
        # (round 25) "…の開発を継続するための契約を締結…。なお、契約額は1.95 百万英ポンド"; (round 63) the contract named
        # after the figure: "契約額は7,560万ポンド(約103億円)で、5年間の研究開発契約として"
        return "funding"
    if _JA_RAISED_AFTER.match(text, end) and _JA_FROM_BEFORE.search(text, max(sentence_start, start - 40), start):
        # (round 25) "英国宇宙庁より開発費用として170万ポンドを調達": money raised from a named funder (what a class of
        # start-ups raised, "英国の新興企業は…12.5億ドルを調達した", stays a market figure)
        return "funding"
    contract = _CONTRACT_AFTER.match(text, end)
    if contract and (_DEVELOPMENT_PURPOSE.search(text, contract.end(), min(sentence_end, contract.end() + _CONTRACT_PURPOSE_REACH))
                     or _SPACE_AGENCY_AFTER.match(text, contract.end())
                     and not _BUILD_PURPOSE.search(text, contract.end(), min(sentence_end, contract.end() + _CONTRACT_PURPOSE_REACH))):
        return "funding"
    if (_ON_CONTRACTS_AFTER.match(text, end) and _SPENDING_BEFORE.search(text, max(sentence_start, start - 30), start)
            and not _RD_IN_SENTENCE.search(text, sentence_start, sentence_end)):
        return "price"
    if _COSTS_AFTER.match(text, end):
        return "other"   # "4年間で2000万円かかる": what something costs
    if _JA_REDUCTION_AFTER.match(text, end):
        return "other"   # (round 88) "378億円のコスト削減効果", "378億円も減額された": money taken off, not put in
    if ((_JA_SCALE_OF_PROJECT_AFTER.match(text, end) or _JA_SCALE_OF_FACILITY_AFTER.match(text, end))
            and not _JA_CEILING_BEFORE.search(text, max(sentence_start, start - 12), start)):
        return "other"   # (round 41) "600億円規模のプロジェクトが進行中": the size of a project, not money someone puts in
    if _JA_TOTAL_BEFORE.search(text, max(sentence_start, start - 8), start) and _JA_TOTAL_OF_WORKS_AFTER.match(text, end):
        return "other"   # (round 115) "総額4000億円のインフラ事業には": what a scheme comes to in all
    if (_JA_PER_ITEM_BEFORE.search(text, max(sentence_start, start - 12), start)
            or _JA_ONE_ITEM_BEFORE.search(text, max(sentence_start, start - 12), start)
            or _JA_SOLD_AT_AFTER.match(text, end)):
        return "price"
    if (_JA_SCALE_OF_INDUSTRY_AFTER.match(text, end)
            or _JA_INDUSTRY_YIELDS_BEFORE.search(text, max(sentence_start, start - 16), start) and _JA_YIELD_AFTER.match(text, end)
            or _JA_REACHES_AFTER.match(text, end) and _JA_INDUSTRY_GROWS_BEFORE.search(text, max(sentence_start, start - 40), start)):
        return "market"
    if (_JA_EFFECT_BROUGHT_AFTER.match(text, end) or _JA_SUM_ADDED_BEFORE.search(text, max(sentence_start, start - 60), start)
            or _JA_NATION_RD_TOTAL_BEFORE.search(text, max(sentence_start, start - 40), start)):
        return "other"   # (round 156) an effect brought about, a sum made by adding, a nation's research total
    if _JA_ACQUIRED_FOR_AFTER.match(text, end) and not _JA_RESULT_RIGHT_BEFORE.search(text, max(sentence_start, start - 4), start):
        return "price"
    if (_UPFRONT_AFTER.match(text, end) or _PAID_BEFORE.search(before) and _FOR_AFTER.match(text, end)
            or _BIDS_BEFORE.search(before) and _FOR_AFTER.match(text, end) or _WOULD_BE_BID_AFTER.match(text, end)
            or _PAYS_BEFORE.search(before) and _TO_BUY_AFTER.match(text, end)):
        return "price"   # "SoftBank paid £24bn for Arm": what something was bought for
    cl_lo, cl_hi = clause_span(text, start, end, sentence_start, sentence_end)
    if _BOUGHT_FOR_BEFORE.search(text, max(cl_lo, start - 250), start) or (
            _VALUED_OBJECT_AT.search(text, max(sentence_start, start - 120), start)):
        return "price"
    unit_price = _unscaled(text[start:end])
    if (_MANY_ASSETS_AFTER.match(text, end) or _SIZE_OF_AFTER.match(text, end)
            or _SIZE_OF_BEFORE.search(text, max(cl_lo, start - 120), start)):
        return "market"   # "spent $3bn to buy 37 UK firms": what many deals came to
    if _OWNERS_BEFORE.search(text, max(sentence_start, start - 20), start) and _HOLDING_HEAD_AFTER.match(text, end):
        return "other"   # (round 107) "Harvard University's $53.2 billion endowment": what a body holds
    if _ECONOMIC_IMPACT_BEFORE.search(text, max(sentence_start, start - 220), start):
        return "market"   # (round 107) "the economic impact of students ... to £8 billion a year": added output
    if _SPENDS_BEFORE.search(before) and _TO_BUY_AFTER.match(text, end):
        return "price"
    # the figure's own noun phrase first ("an initial payment of $7m"), then the nearest telling word
    # of its clause, then of its sentence
    if _SALE_AFTER.match(text, end, cl_hi) or _UP_FRONT_AFTER.match(text, end, cl_hi):
        return "price"   # "a £80m bid for the firm", "the $5bn auction for its unit": what a buyer offers to pay
    if _BOOST_TO_ECONOMY_AFTER.match(text, end, cl_hi) and not _GIVER_BEFORE.search(text, cl_lo, start):
        # (session 31) "will deliver a £1.5bn boost to the UK economy": what a deal adds to output, no one pays it
        # ("the council will provide a £10m boost for the local economy" is the council's money)
        return "market"
    cls = _JA_CLASS_INVESTED_BEFORE.search(text, max(sentence_start, start - 30), start)
    if cls and not _JA_OWN_INVESTOR.search(text, max(sentence_start, cls.start() - 20), cls.start()):
        return "market"
    head = head_phrase(text, start, end, cl_lo, cl_hi)
    head_kind = _phrase_kind(head)
    if head_kind == "market" and _INVESTED_RIGHT_BEFORE.search(before) and _INTO_MARKETS_AFTER.match(text, end):
        head_kind = "investment"   # (round 50) "plans to invest about 500 billion yen in overseas markets": where it goes
    if head_kind == "price" and _JA_FEES.search(head) and _fees_paid_for(text, start, end):
        head_kind = None   # (round 78) "月額36万2,000円の滞在費と…が支給される": an allowance paid for a stay
    if head_kind == "other" and _CUT_OF_AFTER.match(text, end):
        head_kind = None   # (round 45) "a £15m ($18.4m) cut of the APC funding": a share of a pot, not a cut made
    # (a loss or a write-down "on its nuclear business" is not money paid for the business)
    if (_FOR_ASSET_AFTER.match(text, end) and head_kind != "other"
            and not (_INVESTED_RIGHT_BEFORE.search(before) and _FOR_EQUITY_AFTER.match(text, end))) or (
            _OPTION_BEFORE.search(before)) or unit_price and (
            _MOVE_BEFORE.search(before) or _SHARES_BEFORE.search(text[max(sentence_start, start - 100):start])):
        return "price"
    worth = _COPULA_WORTH_BEFORE.search(text, max(cl_lo, start - 60), start)
    if worth and _ENDOWMENT_SUBJECT.search(text, max(cl_lo, worth.start() - 60), worth.start()):
        head_kind = "other"   # (round 116) "Kyoto University's ... endowment fund is worth around ¥250.2 billion": its holding
    if head_kind is None:
        head_kind = _subject_kind(text, start, cl_lo, names)
    if head_kind is None and _COMPETITION_HEAD.search(head) and not _CONTRACT_CONTEST_AFTER.match(text, end):
        head_kind = "funding"   # (round 161) "the result of a £0.5m competition": the money a competition gives out
    if head_kind is None and _COMPANY_OWNS.search(text, max(sentence_start, start - 40), start):
        head_kind = "investment"   # "his firm's £800m scheme": a company's own money for a thing of its own
    if head_kind is None and _PROJECT_HEAD.search(head) and (
            _part_paid_later(text, end, sentence_end) or _HELPS_PROJECT_BEFORE.search(text, max(sentence_start, start - 40), start)
            and _OTHER_FIGURE.search(text, sentence_start, start)):
        # (round 40) "a new £19.4m project ..., supported by a £9.7m grant from the APC": what it costs; (round 45) so
        # is the project a grant named before it in its sentence helps: "has received a £15m cut of the APC funding to
        # help advance its £30m collaborative project"
        return "other"
    if (head_kind is None and _FACILITY_HEAD.search(head) and not _SOLD_IN_CLAUSE.search(text, cl_lo, cl_hi)
            and not _PAID_FOR_BY.search(text, cl_lo, cl_hi) and not _SITE_NOT_BUILT.search(text, cl_lo, cl_hi)):
        head_kind = "investment"   # (round 39) "to bring a £48.7m factory to the North East": what building it costs
    if _HAD_INVESTED_BEFORE.search(before) and not _IN_A_COMPANY_AFTER.match(text, end):
        return "other"   # (round 70) "Nissan said it had invested £4 billion in the Sunderland area": over the years
    if _OF_COSTS_AFTER.match(text, end) and not _COVERS_BEFORE.search(text, cl_lo, start):
        return "other"   # (round 66) "just £194,000 of further costs from the winding down"
    if _NEEDED_AFTER.match(text, end):
        return "other"   # (round 72) "€584 billion ($622 billion) of investments are needed in Europe": a need, not money
    if _MANAGED_AFTER.match(text, end) and (_MANAGES_BEFORE.search(before) or _MANAGES_TWO_BEFORE.search(
            text, max(sentence_start, start - 120), start)):
        return "other"   # (round 71) "will take over its £2.3bn Tokyo fund": the size of a fund someone manages
    if head_kind is None and _CAMPAIGN_HEAD.search(head):
        head_kind = "funding"   # (round 65) "launched a £25million advertising campaign in Tokyo": its budget
    if head_kind is None and _FUNDING_LEVEL_MOVES_BEFORE.search(text, max(cl_lo, start - 80), start):
        head_kind = "funding"   # (round 102) "UK Sport's funding only increased from £345 million": still its funding
    if (head_kind is None and _JA_FUNDING_LEVEL_BEFORE.search(text, max(cl_lo, start - 40), start)
            and _CHANGE_AFTER.match(text, end, cl_hi)):
        head_kind = "funding"   # (round 113) "英国のESAプログラムへの支援額は今後10年間…で28億ポンドに増加し": its funding moves
    if listed_after is not None and head_kind is None:
        return listed_after
    kind = (head_kind or _nearest(text, start, end, cl_lo, cl_hi, names)
            or _nearest(text, start, end, sentence_start, sentence_end, names))
    if kind in ("funding", None) and capital_raised(text, start, end, sentence_start, sentence_end):
        kind = "investment"   # (round 124) capital a company raises from investors: "raised £113m ... from the X fund"
    if kind in ("funding", "investment", None) and _MARK_AFTER.match(text, end):
        return "other"   # (round 53) "has broken through the £13bn mark": a level reached, no money put in
    if kind in ("funding", "investment", None) and not _GIVES_BEFORE.search(text, max(cl_lo, start - 60), start) and (
            _PROJECT_VALUE_AFTER.match(text, end) or _FORTUNE_BEFORE.search(text, max(sentence_start, start - 60), start)
            or _ACCOUNTS_CHARGE_AFTER.match(text, end)):
        return "other"
    if (kind in ("investment", None) and _PROPERTY_PROJECT_AFTER.match(text, end, cl_hi)
            and not _COMPANY_OWNS.search(text, max(sentence_start, start - 40), start)):
        # (round 53) "broke ground this week on a $1.07 billion South Bank office project": a development's size, as
        # the keys read property schemes ("his firm's £800 million commercial project" stays the firm's money)
        return "other"
    if kind in ("investment", "market", None) and _VALUE_SUBJECT.match(text, cl_lo, start):
        return "other"
    if (kind in ("funding", "other", None) and head_kind is None and _raised_by_business(text, start, sentence_start)
            and _nearest(text, start, end, start, cl_hi, names) in ("funding", "investment", None)):
        # the verb right before the figure outweighs a word further back ("To finance ... costs ..., the project needed
        # to raise £3.6 billion"), not one after it ("raise £900m via an equity placement" is a placement)
        kind = "investment"
    if kind in ("funding", "investment", None):
        # (each look is bounded around the figure: a long sentence of many figures stays linear)
        lo, hi = max(sentence_start, start - _REACHES[1]), min(sentence_end, end + _REACHES[1])
        # (a past period before the figure does not make a plan in its own clause a stock: "over the past
        # year it spent £19bn, and next year it plans to spend £20bn", "過去1年で…、次期会計年度中に…を支出する予定")
        stock_from = max(sentence_start, start - 160)
        stock_before = _STOCK_BEFORE.search(text[stock_from:start]) or (
            not _YEARLY_AFTER.match(text, end) and _SINCE_RECEIVING_BEFORE.search(text[stock_from:start])) or (
            (_JA_PUT_IN_AFTER.match(text, end) or _JA_RECEIVED_AFTER.match(text, end)
             or _JA_TOTAL_SO_FAR_BEFORE.search(text[stock_from:start]))
            and _JA_SINCE_YEAR_BEFORE.search(text[stock_from:start]))
        if stock_before and _own_future(text, start, end, max(cl_lo, stock_from + stock_before.start()), cl_hi):
            stock_before = None
        if stock_before and _PLEDGE_NOUN_AFTER.match(text, end):
            stock_before = None   # (round 124) "to date the only investor is SoftBank with a $38 billion pledge": promised
        if stock_before or (
                (_STOCK_AFTER.match(text, end, min(sentence_end, end + 80))
                 or _RECENT_YEARS_AFTER.match(text, end, sentence_end)) and not _FUTURE.search(text, lo, hi)):
            return _stock_kind(text, start, end, cl_lo, cl_hi)
        if _CLASS_RAISED.search(text, lo, hi):
            return "market"
        if (_VISITOR_WORD.search(text, cl_lo, cl_hi) and _VISITOR_SPEND.search(text, cl_lo, cl_hi)
                and not _PUT_IN_BEFORE.search(text, cl_lo, start)):
            return "market"
        if _HOLDING_LEVEL_BEFORE.search(text, max(sentence_start, start - 120), start):
            return "other"
        if (_TOTAL_BEFORE.search(text, max(sentence_start, start - 40), start)
                and _GRANT_COUNT.search(text, sentence_start, start) and _LOOKING_BACK.search(text, sentence_start, start)
                and not _FUTURE.search(text, sentence_start, sentence_end)):
            return "other"
        if (_CLASS_HAVE_INVESTED.search(text, max(sentence_start, start - 160), start)
                and not _YEAR_FLOW_AFTER.match(text, end, sentence_end)
                or _JA_CLASS_BEFORE.search(text, max(sentence_start, start - 60), start)
                and _JA_HAS_INVESTED_AFTER.match(text, end)):
            # (round 26) "Japanese companies including carmaker Nissan and conglomerate Hitachi have invested more
            # than £40 billion ($52 billion) in Britain": what a country's firms have put in over the years
            return _stock_kind(text, start, end, cl_lo, cl_hi)
        if (_HAS_INVESTED_BEFORE.search(text, max(sentence_start, start - 40), start)
                and (many := _IN_HUNDREDS_AFTER.match(text, end))
                and (many["thousands"] or _LIFETIME.search(text, sentence_start, sentence_end))
                and not _THIS_ROUND.search(text, sentence_start, sentence_end)):
            return "other"   # (round 139) an investor's track record
        # a statistic for a past year, one end of a change over time (unless the figure's own noun says what
        # it is: "its first investment of £3m in 2021", "the budget rose from £5m to £8m"), money a clause
        # only imagines ("For example, five firms might each contribute £5m")
        if head_kind is None and not _FUTURE.search(text, cl_lo, cl_hi) and not _GIVING_VERB.search(text, cl_lo, start) and (
                _DATED_AFTER.match(text, end, cl_hi) or _DATED_BEFORE.search(text, max(cl_lo, start - 20), start)
                or _year_statistic(text, start, sentence_start, cl_lo)) and (
                not _GIVEN_PASSIVE_AFTER.match(text, end, cl_hi)):
            return _stock_kind(text, start, end, cl_lo, cl_hi)
        if head_kind is None and _is_change(text, start, end, cl_lo, cl_hi):
            return "market"
        if _ILLUSTRATION.search(text, lo, hi) and _MODAL.search(text, cl_lo, cl_hi):
            return "other"
        if _AIM_SUBJECT.match(text, cl_lo, start):   # (the clause opens with the aim)
            return "other"
    if kind == "price" and _TOTAL_BEFORE.search(before) and _DEAL_COUNT.search(text, sentence_start, sentence_end):
        return "market"   # "the 12 deals made in 2013, which totaled £538m", "買収は789件…買収金額は…に及ぶ"
    if kind == "price" and _class_buys(text, start, cl_lo):
        return "market"   # "Japanese buyers spent $14.5bn on British companies": what many deals came to
    if kind == "price" and head_kind is None and _is_change(text, start, end, cl_lo, cl_hi):
        return "market"   # a total of deals that rose or fell: "deals worth $45bn, up from $40bn"
    if kind == "other" and _CLASS_TURNOVER.search(text, cl_lo, cl_hi):
        return "market"
    invested = _JA_INVESTED_AFTER.match(text, end) if kind == "other" else None
    if invested and not (invested["bearer"] and (_JA_NO_INVESTOR_BEARER.search(invested["bearer"])
                                                 or _JA_LOSS_BEFORE.search(text, max(sentence_start, start - 12), start))):
        return "funding" if invested["bearer"] and _JA_PUBLIC_BEARER.search(invested["bearer"]) else "investment"
    if (kind == "other" and _JA_BORNE_AFTER.match(text, end) and _public_bears(text, start, end)):
        return "funding"   # (round 113) "建設経費は約675億円と見積もられており、日本はこのうちの約551億円負担する"
    if (kind == "other" and (_JA_BUDGETED_AFTER.match(text, end) or _JA_BOOKED_AFTER.match(text, end)
                             and _JA_BUDGET_BEFORE.search(text, max(sentence_start, start - 60), start))
            and not _JA_OVERHEAD_BEFORE.search(text, max(sentence_start, start - 12), start)):
        return "funding"   # (round 88) "開発の関連費用として730億円を予算計上した": a cost a budget sets money aside for
    if kind == "trade" and _TO_INVEST_BEFORE.search(text, max(sentence_start, start - 30), start):
        return "investment"   # (round 89) "is looking to invest up to JPY90 billion in cultural exports": the verb
    if kind in ("funding", "investment") and _NEEDED_BEFORE.search(text, max(sentence_start, start - 40), start) and (
            _INVESTMENT_NOUN_AFTER.match(text, end)):
        return "other"   # (round 137) "Japan will need around $147bn investment in renewables": an estimate of a need
    if kind in ("other", "price", None) and COST_TO_BODY_BEFORE.search(text, max(sentence_start, start - 80), start):
        return "funding"   # (round 137) "The cost to the Council is in the region of £200,000": the body's money
    if kind == "price" and _JA_CAPITAL_RAISED_AFTER.match(text, end):
        return "investment"   # (round 138) "グループ14は、6億5000万ドルを調達し、直近の時価総額は30億ドル": capital raised
    if (kind in (None, "funding", "investment") and _THE_BEFORE.search(text, max(sentence_start, start - 6), start)
            and _PROJECT_WORK_OF_AFTER.match(text, end) and not _PAID_FOR_WORDS.search(text, sentence_start, sentence_end)):
        return "other"   # (round 145) "following the £61 million refit of the Ashmolean": a building project's cost
    if (kind == "other" and _JA_BUILD_COST_BEFORE.search(text, max(sentence_start, start - 16), start)
            and _JA_PLANNED_AFTER.match(text, end) and _JA_OWN_SITE.search(text, sentence_start, start)):
        return "investment"   # (round 144) "新拠点の建設にあたっては、…建設費用としては約8,200万ポンドを予定": a builder's own outlay
    if kind in ("funding", "investment", None) and (_JA_VALUED_AFTER.match(text, end)
                                                     or _JA_SHARE_PURCHASE_BEFORE.search(text, max(sentence_start, start - 20), start)
                                                     and _JA_PUT_INTO_AFTER.match(text, end)
                                                     and _JA_TAKEOVER.search(text, sentence_start, sentence_end)):
        return "price"   # (round 142) "約7億ポンド(…)と評価される本ポートフォリオ", "株式取得に総額221億円を投じている"
    if kind in ("funding", "investment", None) and _JA_VALUE_OF_BEFORE.search(text, max(sentence_start, start - 8), start):
        return "other"   # (round 138) "3つの投資先の合計設備容量は18MW。価値にして1,120万ポンド": what assets are worth
    if kind in ("investment", "other", None) and JA_GOVERNMENT_MONEY_AFTER.match(text, end):
        return "funding"   # (round 160) "500万ポンドの政府資金が投入され": a government's money
    if (kind in ("investment", None) and _JA_SPENT_PASSIVE_AFTER.match(text, end)
            and _JA_RESEARCH_RECIPIENT_BEFORE.search(text, max(sentence_start, start - 40), start)
            and not _JA_BUSINESS_OR_OWN_SITE.search(text, sentence_start, start)):
        return "funding"   # (round 156) "大学やイノヴェーションセンターなどに3,500万ポンドが投じられる": research money
    if kind in ("funding", "investment") and _JA_WORLD_TOTAL_BEFORE.search(text, max(sentence_start, start - 8), start):
        return "market"   # (round 136) "核融合への投資、世界で60億ドル突破": the world's total
    if kind in ("other", "price", None) and _COSTS_BODY_BEFORE.search(text, max(sentence_start, start - 20), start):
        return "funding"   # (round 136) "a programme expected to cost ESA 150 million euro": the body's money
    if (kind in ("market", "trade") and _JA_FUNDING_NOUN_AFTER.match(text, end)
            and not _JA_VENTURE_ROUND.search(text, sentence_start, sentence_end)):
        return "funding"   # (round 134) the figure's own noun outweighs a market word further on
    return kind



def _defence_budget(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """(round 74, review 36) The figure is a nation's whole defence budget, not a programme's share of it."""
    if _RESEARCH_AFTER.match(text, end, sentence_end):
        return False
    if _DEFENCE_BUDGET_BEFORE.search(text, max(sentence_start, start - 70), start):
        return True
    if _WHOLE_BUDGET_AFTER.match(text, end):
        # (within the figure's own sentence, from the full stop before it to the one after it)
        lo = max(sentence_start, text.rfind("。", sentence_start, start) + 1)
        hi = text.find("。", end, sentence_end)
        return not _JA_ALLOCATED.search(text, lo, sentence_end if hi < 0 else hi)
    words = list(_JA_DEFENCE_WORD.finditer(text, max(sentence_start, start - 70), start))
    return (bool(words) and _JA_BUDGET_AFTER.match(text, end) is not None
            and not _JA_SHARE_OF_BUDGET.search(text, words[-1].end(), start))


def _raised_by_business(text: str, start: int, sentence_start: int) -> bool:
    """(round 19) Whether the figure is money raised in a round: after "raised" or "round", with no public body, country
    or charity named before it in its sentence (those raise funds, bonds or gifts, not investment rounds)."""
    lo = max(sentence_start, start - 60)
    if not (_RAISE_BEFORE.search(text, lo, start) or _ROUND_BEFORE.search(text, lo, start)):
        return False
    return not _PUBLIC_RAISER.search(text, max(sentence_start, start - 150), start)


def _class_buys(text: str, start: int, cl_lo: int) -> bool:
    """Whether a class of buyers is what pays the figure: named shortly before it, with no one company's deal between
    ("deals by Japanese buyers include Takeda's $13.7bn acquisition" is Takeda's price)."""
    m = None
    for m in _CLASS_BUYERS.finditer(text, max(cl_lo, start - 60), start):
        pass
    return m is not None and not re.search(r"['’]s\b|\binclud\w*|の\d", text[m.end():start])


# another figure: a future word beyond it belongs to that figure, not to this one
_OTHER_FIGURE = re.compile(r"[£$€¥]\s?\d|\d[\d,.]*\s*(?:[万億兆]\s*)?(?:円|ポンド|ドル|ユーロ)|\d\s*(?:yen|pounds|dollars|euros?)\b", re.I)


# (round 102) a body's own funding or budget moving is still money given, at its two levels or by the rise: "UK
# Sport's funding only increased from £345 million", "UK Anti-Doping's budget will rise by £400,000", "Athletics funding
# was cut from £26,824,206" (a cut "by" a sum is money taken away, and stays as it reads)
# (review 47: a body's, named or possessive, not a sector's or a market's: "Venture funding in Japan fell from $7
# billion", "UK fintech funding fell from", nor a company's marketing budget)
_FUNDING_LEVEL_MOVES_BEFORE = re.compile(r"(?:['’]s|(?<![\w-])(?!(?:Venture|VC|Start-?ups?|Fintech|Total|Global|Private|Equity|"
                                         r"Seed|Corporate|Marketing|Advertising|Overall|Annual)\b)(?-i:[A-Z])[\w-]*)\s+"
                                         r"(?:funding|budgets?)\s+(?:[\w-]+\s+){0,2}?(?:(?:rise|rises|rose|risen|rising|"
                                         r"increase|increases|increased|increasing|grew|grows?|grown|growing)\s+(?:by|from)|"
                                         r"(?:fell|falls?|fallen|cut|reduced|dropped|decreased)\s+from)\s+"
                                         r"(?:(?:about|around|some|nearly|almost|just\s+over|more\s+than)\s+)?$", re.I)

# (round 113) the Japanese: a support, contribution, grant or budget as the topic of the figure's change
_JA_FUNDING_LEVEL_BEFORE = re.compile(r"(?:支援|拠出|助成|補助|予算)(?:額|金)?は[^。、]{0,30}?$")


def _is_change(text: str, start: int, end: int, cl_lo: int, cl_hi: int) -> bool:
    """Whether the figure is one end of a change over time, or moves by a per cent, in its clause."""
    return bool(_CHANGE_BEFORE.search(text, max(cl_lo, start - 80), start) or _CHANGE_AFTER.match(text, end, cl_hi)
                or (_FROM_BEFORE.search(text, max(cl_lo, start - 20), start) and _TO_FIGURE_AFTER.match(text, end, cl_hi)))


# a past total that counts a whole class of investors or a place's money, not one body's, is a market statistic: the
# class or the place before the figure (its subject: "Japanese groups invest £4.2bn ... between 2013 and 2017",
# "ドイツが獲得したベンチャーキャピタル投資は…2017年の32億ドル"), or a place after it that is not where the money went
# ("With $45 billion invested in 2023, Europe has ...", "the £7bn that came from the US in the first half")
_AGGREGATE_BEFORE = re.compile(_CLASS + r"|\b(?:groups|investors)\b|ベンチャーキャピタル|欧州|米国|ドイツ|フランス|国内|"
                               r"(?<![\w-])(?:Europe|Asia|America|the\s+US|the\s+EU)(?![\w-])", re.I)
_PLACE_AFTER = re.compile(r"(?<!\bin\s)(?<!\binto\s)(?<!\bto\s)(?<![\w-])(?:Europe|Asia|America|the\s+US|the\s+EU)(?![\w-])")


# (round 124) what a company raises from investors or as new capital ("raised £ 113m in June from the Y Combinator
# Continuity fund", "intends to raise approximately £ 100m (nearly $ 130.6m) of new funds"), not money raised for a
# cause ("raised £25,000 for the lifeboat station")
_RAISES_BEFORE = re.compile(r"\b(?:raise|raises|raised|raising)\s+(?:(?:another|a\s+further|an\s+additional)\s+)?" + _HEDGE + "$",
                            re.I)
# (round 136) or asks its shareholders for it: "Astra is asking its shareholders for $3.5bn (£2.7bn) to help fund ..."
_ASKS_SHAREHOLDERS_BEFORE = re.compile(r"\bask(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?:shareholders|investors)\s+for\s+"
                                       + _HEDGE + "$", re.I)
# (a public body, a charity or a school raising money from a fund raises no capital: "The council raised £2m from the lottery
# fund")
_PUBLIC_OR_CHARITY_RAISER = re.compile(r"\b(?:[Gg]overnments?|[Mm]inistry|[Dd]epartment|[Cc]ouncils?|[Aa]genc(?:y|ies)|"
                                       r"[Aa]uthorit(?:y|ies)|[Cc]harit(?:y|ies)|[Ff]oundation|[Tt]rust|[Uu]niversit(?:y|ies)|"
                                       r"[Ss]chools?|[Hh]ospitals?|[Mm]useums?|[Cc]lub|[Cc]olleges?|[Ii]nstitutes?|[Ss]ociety|"
                                       r"[Aa]cademy|NHS|[Aa]ppeal)\b")
_FOR_AWARDS_AFTER = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,3}?(?:scholarships?|bursar(?:y|ies)|grants?|fellowships?|"
                               r"studentships?|prizes?)\b", re.I)
_CAPITAL_RAISED_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:of\s+(?:new\s+)?(?:funds|capital|equity)\b|"
                                   r"[^.;]{0,40}?\bfrom\s+(?:[\w'’&.-]+\s+){0,5}?(?:fund|investors?|backers?|"
                                   r"venture\s+capital\w*|shareholders)\b)", re.I)
def capital_raised(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """(round 124) Whether text[start:end] is capital raised from investors or as new funds (its investors' money)."""
    if _ASKS_SHAREHOLDERS_BEFORE.search(text, max(sentence_start, start - 50), start):
        return True
    return bool(_RAISES_BEFORE.search(text, max(sentence_start, start - 30), start)
                and _CAPITAL_RAISED_AFTER.match(text, end, min(sentence_end, end + 120))
                and not _PUBLIC_OR_CHARITY_RAISER.search(text, sentence_start, start)
                and not _FOR_AWARDS_AFTER.search(text, end, min(sentence_end, end + 120)))


# (round 124) a figure that names a pledge or a commitment: money promised, never a stock of the past
_PLEDGE_NOUN_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:pledge|commitment)s?\b", re.I)


def _stock_kind(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """A stock of past money or a statistic dated to a past period (in the clause text[lo:hi]): a market figure when
    it counts a class of investors or a place's money, otherwise other (one body's past money)."""
    return "market" if _AGGREGATE_BEFORE.search(text, lo, start) or _PLACE_AFTER.search(text, end, hi) else "other"


# a total over many deals is a market figure, not one deal's price: the sentence counts the deals, the figure is
# their total ("14 deals ... which totaled £538m"), or the money bought a number of companies
_DEAL_COUNT = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,2}(?:deals|acquisitions|takeovers|transactions|purchases)\b|\d+\s*件", re.I)
_TOTAL_BEFORE = re.compile(r"(?:\btotall?(?:ed|ing)|\bworth|\bamount(?:ed|ing)\s+to|\bcame\s+to|金額は|総額)\s*[、,]?\s*"
                           r"(?:(?:about|around|some|nearly|almost|over|more\s+than|約)\s*)?$", re.I)
# (session 28) a figure that sizes a whole industry, sector or market ("grow to a £370bn industry"), not money someone
# puts in ("a £10m industry investment" is industry's money)
# (the noun ends the figure's phrase: "a £5m industry collaboration" and "a £20m sector deal" are not sizes)
_SIZE_OF_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:industry|sector|market|economy)\b"
                            r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|of|by|that|which|is|was|will|would|and|with|across)\b)", re.I)
# (round 105) what one unit of a good, a night or a ticket sells for: "gourmets are prepared to pay £220 a kilo", "£500 per
# kilo in shops", "a price of £74.75 per megawatt-hour" (not a grant per person, month or year: those are funding rates)
# (review 48: not a sum given, covered or levied per unit anywhere in its sentence, "subsistence of up to £150 per night",
# "subsidise petrol by ¥35 per litre", "pays households ¥7 per kWh in electricity subsidies", "donate £1 per ticket sold",
# "duty of £2.23 per litre", nor an incentive per unit of output, "will pay up to ¥10,000 per tonne of CO2 captured")
_PER_UNIT_GIVEN = re.compile(r"subsid\w*|allowance|subsistence|accommodation|stipend|scholarship|grants?\b|awards?\b|"
                             r"reimburs\w*|\bcover\w*|provid\w*|donat\w*|\bfund\w*|\btax\w*|\bdut(?:y|ies)\b|tariff|"
                             r"\blev(?:y|ies|ied)\b|relief|\bgives?\b|\bgiven\b|補助|助成|支援|給付|"
                             r"\bper\s+\w+\s+of\s+(?:[\w-]+\s+){0,3}?(?:captured|produced|recycled|generated|stored|saved|"
                             r"avoided|abated|removed)\b", re.I)
_PER_GOODS_UNIT_AFTER = re.compile(r"\s+(?:a|an|per|/)\s?(?:kilo(?:gram)?s?|kg|tonnes?|tons?|lbs?|litres?|liters?|bottles?|"
                                   r"glass|bowl|plate|portion|barrel|gallon|night|ticket|megawatt[- ]hours?|MWh|kWh|"
                                   r"square\s+(?:foot|feet|metre|meter)|sq\.?\s?ft)\b", re.I)
# (round 105) and the figure a sentence gives as the size of one: "to double the size of the domestic space industry to
# 8 trillion yen", "the size of the UK market at £2bn"
_SIZE_OF_BEFORE = re.compile(r"\bsize\s+of\s+(?:the|its|their|a|an|Japan's|Britain's|the\s+UK's)?\s*(?:[\w'’-]+\s+){0,3}"
                             r"(?:industry|industries|sector|market|economy)\s+(?:(?:to|at|of|from|is|was|will\s+reach|"
                             r"reached|is\s+(?:estimated|put|expected)\s+(?:at|to\s+(?:be|reach)))\s+)?(?:(?:about|around|some|"
                             r"nearly|almost|over|more\s+than|roughly|an\s+estimated)\s+)?$",
                             re.I)
# (round 107) a body's holding named by its size after the owner's possessive: "Harvard University's $53.2 billion (£49
# billion) endowment", "the fund's £2bn reserves" (what it holds; "a £10m endowment from the foundation" is a gift)
_OWNERS_BEFORE = re.compile(r"['’]s\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|estimated)\s+)?$", re.I)
# (review 48: not an endowment its owner gives, "The Nippon Foundation's £5m endowment will fund a new chair", "The Daiwa
# Foundation's £3m endowment to Cambridge", "endowment gift", "the university's £20m endowment from the Nippon Foundation")
_HOLDING_HEAD_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:[\w-]+\s+)?(?:endowments?|reserves|war\s+chest|cash\s+pile)\b"
                                 r"(?!\s+(?:gifts?\b|to\b|of\s+an?\b|from\b|will\s+(?:fund|support|pay|endow|create)\b))",
                                 re.I)
# (round 107) the level an economic impact or benefit comes to: "would increase the economic impact of students from
# overseas ..., including their tuition and living expenses, to £8 billion a year", "the economic benefit ... has broken
# through the £13bn mark": what an activity adds to output, nobody pays it
# (review 48: "of" only right after the noun, "an economic impact of ¥2.9 trillion"; no other figure and no word of
# money given, paid or traded on the way, "The economic benefits of the £2bn investment by Hitachi", "Economic benefits of
# the partnership include a grant of £3m", "The economic value of bilateral trade was £27bn"; a body's "economic
# contribution to Ukraine" is its aid)
_MONEY_NOUN = (r"\b(?:grants?|investments?|commitments?|payments?|allowances?|outlays?|funding|aid|contracts?|fees?|trade|"
               r"exports?|imports?|deals?|subsid\w*|budgets?|loans?|donations?|pledges?)\b")
_ECONOMIC_IMPACT_BEFORE = re.compile(r"\beconomic\s+(?:impact|benefits?|value)\s+(?:was|is|of)\s+"
                                     r"(?:(?:about|around|some|over|more\s+than|an\s+estimated|nearly|almost)\s+)?$|"
                                     r"\beconomic\s+(?:impact|benefits?|value)\b(?:(?!" + _MONEY_NOUN +
                                     r"|\d[\d.,]*\s*(?:million|billion|trillion|bn|m)\b)(?:[^.;£$€¥]|\.(?=\w|,))){0,160}?"
                                     r"\b(?:to|at|reach(?:es|ed)?|(?:broken|broke)\s+through|is|was|"
                                     r"(?:is|was)\s+(?:estimated|forecast|expected|put)\s+(?:at|to\s+be))\s+(?:the\s+)?"
                                     r"(?:(?:about|around|some|over|more\s+than|an\s+estimated|nearly|almost)\s+)?$", re.I)
_MANY_ASSETS_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+(?:to\s+(?:buy|acquire)|on|for)\s+\d+\s+(?:[\w-]+\s+){0,2}"
                                r"(?:compan(?:y|ies)|firms|businesses|targets)\b", re.I)


# "UK exports to Japan in 2019 were valued at £14.6bn", "the offer is worth £9 a share": after a copula, "worth" and
# "valued at" only link the figure to the clause's subject, whose words say what the money is (round 12)
_COPULA_WORTH_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:currently|now|still|already|together)\s+)?(?:valued\s+at|worth)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|in\s+excess\s+of|approximately|an?\s+estimated|up\s+to)\s+)?$",
    re.I)


_ENDOWMENT_SUBJECT = re.compile(r"\bendowments?\b|\bassets\b|基金の規模|資産", re.I)


def _subject_kind(text: str, start: int, cl_lo: int, names: list[tuple[int, int]]) -> str | None:
    """The kind named by the subject of "X is worth £5m" / "X were valued at £5m" (the nearest telling word before the
    copula, in the figure's clause), or None when the figure follows no such copula."""
    m = _COPULA_WORTH_BEFORE.search(text, max(cl_lo, start - 60), start)
    if m is None:
        return None
    return _nearest_cue(text, m.start(), m.start(), max(cl_lo, m.start() - _REACHES[0] * 2), m.start(), names)


# (round 39) a site named by its cost ("a £48.7m factory", "the £350 million facility", "a £5m building"): money spent
# building it, read when no word of the figure's own phrase says otherwise
_FACILITY_HEAD = re.compile(r"\b(?:factory|factories|gigafactory|plant|facility|building|campus|headquarters|"
                            r"warehouse|production\s+line)$", re.I)
# (round 40) a project named by its size, one part of which a figure of its own is said to pay for, right after it in
# its sentence or in a later sentence about "the project": the size is what the whole costs (several payers), the
# part is the money given ("a new, £19.4m project ..., supported by a £9.7m grant from the UK's APC")
_PROJECT_HEAD = re.compile(r"\b(?:project|consortium|collaboration)$", re.I)
# (round 161) a competition named by its money, "a £0.5m competition" (the figure's own noun is the competition)
_COMPETITION_HEAD = re.compile(r"\bcompetitions?$", re.I)
# (review 59) not a contest for a contract: "took part in the £4bn competition for the high-speed rail rolling stock
# contract" (what the contract is worth)
_CONTRACT_CONTEST_AFTER = re.compile(r"\s+competitions?\s+(?:for|to\s+(?:win|build|supply|run|operate))\b[^.;\n]{0,80}?"
                                     r"\b(?:contracts?|franchises?|tenders?|orders?|concessions?|deals?)\b", re.I)
_PART_PAID = (r"\b(?:supported|backed|(?:part|co)[-\s]?funded|funded|financed)\s+(?:in\s+part\s+)?(?:by|with|through)\s+"
              r"(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:[£$€¥]|US\$)\s?\d")
_PART_PAID_IN_SENTENCE = re.compile(r"(?:[^.;]|\.(?=\d))*?" + _PART_PAID, re.I)
_PART_PAID_OF_PROJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|This)\s+(?:project|consortium|collaboration)\b"
                                   r"(?:[^.;]|\.(?=\d))*?" + _PART_PAID, re.I | re.M)
_PROJECT_REACH = 400
_CUT_OF_AFTER = re.compile(_EQUIVALENT_AFTER + r"\s+cut\s+of\b", re.I)
# (round 69: and the project a grant is "for": "has awarded £15m of funding for a £30m collaborative project")
_HELPS_PROJECT_BEFORE = re.compile(r"\b(?:to\s+(?:help\s+)?(?:advance|fund|support|deliver|finance|complete|develop)|for|towards)\s+"
                                   r"(?:its|the|their|a|an|this)\s+(?:new\s+)?$", re.I)


def _part_paid_later(text: str, end: int, sentence_end: int) -> bool:
    # (each look bounded: a page-long "sentence" of many project figures stays linear)
    return bool(_PART_PAID_IN_SENTENCE.match(text, end, min(sentence_end, end + _PROJECT_REACH))
                or _PART_PAID_OF_PROJECT.search(text, sentence_end, min(len(text), sentence_end + _PROJECT_REACH)))


# a site changing hands is sold for its figure ("sold its £40m factory to a rival")
_SOLD_IN_CLAUSE = re.compile(r"\b(?:sold|sells?|selling|sale|bought|buys?|buying|acquir\w+|purchas\w+|auction\w*)\b", re.I)
# someone else pays for the site ("the $92 million plant was partly financed by ..."): its cost, not a sum put in
_PAID_FOR_BY = re.compile(r"\b(?:financed|funded|paid\s+for|subsidi[sz]ed|backed)\s+(?:in\s+part\s+)?by\b", re.I)
# (review, session 32) a site's figure in a clause about who foots the bill, what it is valued at or what befell it:
# not money its builder put in ("Taxpayers will foot the bill for the £120m building", "The £3m factory was destroyed")
_SITE_NOT_BUILT = re.compile(r"\b(?:foot(?:s|ing)?\s+the\s+bill|taxpayers?|valued\s+at|destroyed|damaged|demolish\w*)\b", re.I)
# (round 39) "which now stands at more than £100million": what the money has come to so far, not one sum put in
_RUNNING_TOTAL_BEFORE = re.compile(r"\bnow\s+(?:stands?\s+at|totals?|amounts?\s+to|tops)\s+"
                                   r"(?:(?:more\s+than|over|around|about|some|nearly|almost|just\s+over)\s+)?$", re.I)
_COMPANY_OWNS = re.compile(r"\b(?:firm|company|group|developer|business|investor)['’]s\s+(?:(?:new|own|planned|proposed)\s+)?$", re.I)


# only a comma or "and"/"or" between two figures: one list ("£169m, £103m and £41m respectively")
LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def _own_future(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a word looking ahead stands in text[lo:hi] with no other figure between it and this one."""
    for m in _FUTURE.finditer(text, lo, hi):
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        if not _OTHER_FIGURE.search(text, a, b):
            return True
    return False


def _phrase_kind(words: str) -> str | None:
    """The kind the words of a figure's own noun phrase give; the kind listed first in ``_CUES`` wins."""
    found = [m.lastgroup for m in _ANY_CUE.finditer(words)]
    return min(found, key=_PRIORITY.__getitem__) if found else None


# (the money reader's own scale words, so that "$250mm" and "$10 mil." count as scaled here too)
_SCALED = re.compile(rf"\d[\s\u00a0-]?(?:{SCALE_WORDS})\b|[万億兆]", re.I)


def _unscaled(words: str) -> bool:
    """A figure written without a scale word or 万/億 ("£11.495", "597,000 yen"): a unit price."""
    return not _SCALED.search(words)


def _nearest(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
             names: list[tuple[int, int]]) -> str | None:
    for reach in _REACHES:
        best = _nearest_cue(text, start, end, max(sentence_start, start - reach),
                            min(sentence_end, end + reach), names)
        if best is not None:
            return best
    return None


# (a capitalised word, not an acronym, after a capitalised word that is no possessive: "Tokyo's GDP", "UK GDP" stay cues)
_TITLE_CUE = re.compile(r"[A-Z][a-z]")
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z][\w&-]*|LP|L\.P\.|plc|Ltd)\b")
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w&-]*(?<!['’]s)\s+$")


# (round 78) fees a scholarship or a funder pays for are no price: "学費を支援", "学費免除", "月額36万2,000円の滞在費と
# 20万円の渡航一時金が支給される", "奨学金は学費、生活費、渡航費をカバーし" (a support word anywhere in the sentence,
# read on the whole text: the cue search stops at its reach)
_JA_FEES = re.compile(_JA_FEE_WORDS)
_FEES_PAID_FOR = re.compile(r"奨学|支援|補助|助成|給付|支給|免除|負担|援助|カバー|肩代わり")


def _cost_bill(before: str) -> bool:
    """(round 117, review 51) Whether ``before`` ends on a bill and its qualifier ("faces a bill exceeding "), not a
    spending or funding bill."""
    bill = _BILL_BEFORE.search(before)
    return bill is not None and not _LAW_WORD_END.search(before, 0, bill.start())


def _under_fee_heading(text: str, start: int, end: int) -> bool:
    """(round 121) Whether text[start:end] sits in a short line of a fee table: a short line above it, within reach
    and with no full sentence between, names tuition, and nothing between says someone else pays."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (line_end if line_end >= 0 else len(text)) - line_start > _CELL_LINE:
        return False
    lo = max(0, start - _FEE_TABLE_REACH)
    for line in text[lo:line_start].split("\n")[::-1]:
        if len(line) > 80 or _FEES_COVERED.search(line) or line.rstrip().endswith("."):
            return False
        if _TUITION.search(line):
            return True
    return False


def grant_sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """(round 118) The span of the sentence before, when the Japanese sentence holding text[start] opens with "the
    amount" and that sentence says a grant was won (None otherwise)."""
    lo = text.rfind("。", max(0, start - 300), start)
    topic = _JA_AMOUNT_TOPIC.match(text, lo + 1) if lo >= 0 else None
    if topic is None or _JA_SECOND_TOPIC.search(text, topic.end(), start) or _JA_APART_AFTER.match(text, start):
        return None
    before = _ja_sentence_start(text, lo, 200)
    grant = _JA_GRANT_GOT.search(text, before, lo)
    return (before, lo) if grant and not _JA_INVESTMENT_TOO.search(text, grant.end(), lo) else None


def _ja_sentence_start(text: str, pos: int, reach: int = 300) -> int:
    """Where the Japanese sentence holding text[pos] begins: after the last full stop before it, within ``reach``."""
    return text.rfind("。", max(0, pos - reach), pos) + 1 or max(0, pos - reach)


def _ja_sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The Japanese sentence around text[start:end], at most 300 characters either side."""
    return _ja_sentence_start(text, start), _ja_sentence_end(text, end)


def _fees_paid_for(text: str, start: int, end: int) -> bool:
    """Whether the Japanese sentence around text[start:end] says someone pays the fees (a scholarship, a grant)."""
    return bool(_FEES_PAID_FOR.search(text, *_ja_sentence_around(text, start, end)))


# (round 100, review 46) 優勝 (a win) and 賞金総額 (a prize total) are a player's winnings and a tournament's purse only in
# a sentence about a sport: a public contest's prize stays money put in ("NEDOは賞金総額1億円の懸賞金活用型プログラムを開始")
_TOURNAMENT_CUES = frozenset(("優勝", "賞金総額"))
_SPORT_WORDS = re.compile(r"大会|選手|ツアー|トーナメント|ゴルフ|テニス|サッカー|ラグビー|W杯|ワールドカップ|シングルス|ダブルス|"
                          r"決勝|メジャー|グランドスラム|ウィンブルドン|全(?:米|英|豪|仏)(?:オープン|プロ)|賞金王|競馬|レース|"
                          r"リーグ|五輪|オリンピック")


def _sport_sentence(text: str, start: int, end: int) -> bool:
    """Whether the Japanese sentence around text[start:end] is about a sport."""
    return bool(_SPORT_WORDS.search(text, *_ja_sentence_around(text, start, end)))


# (round 133) a bracket that restates a figure as a share of a nation's output
_GDP_SHARE_BRACKET = re.compile(r"\s*\(\s*(?:(?:approximately|about|around|some|roughly|nearly|almost|over|just\s+over|"
                                r"under|less\s+than|more\s+than)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+"
                                r"(?:[\w'’]+\s+)?GDP\s*\)", re.I)


def _nearest_cue(text: str, start: int, end: int, lo: int, hi: int, names: list[tuple[int, int]]) -> str | None:
    best: tuple[int, int, str] | None = None
    first = bisect.bisect_left(names, (lo - _LONGEST_NAME,))
    last = bisect.bisect_left(names, (hi,))
    inside = [(a, b) for a, b in names[first:last] if lo < b]
    for m in _ANY_CUE.finditer(text, lo, hi):
        kind = m.lastgroup
        if any(a <= m.start() < b for a, b in inside):
            continue
        if (kind == "market" and _TITLE_CUE.match(m[0]) and _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _NAME_GOES_ON.match(text, m.end())):
            # (round 50) a market word inside a name nobody listed: "Pantheon G Infrastructure Opportunities LP" (the
            # name goes on after it; "The UK Market for Japanese food" keeps its cue: the review); round 78: the word
            # before it is read in the text, not only inside the cue search's reach, which may begin mid-name
            continue
        if kind == "price" and _JA_FEES.fullmatch(m[0]) and _fees_paid_for(text, m.start(), m.end()):
            continue
        if kind == "other" and m[0] in _TOURNAMENT_CUES and not _sport_sentence(text, m.start(), m.end()):
            continue   # (review 46) a public contest's prize: "経済産業省は優勝チームに賞金3000万円を贈る"
        if kind == "market" and m.start() >= end and (share := _GDP_SHARE_BRACKET.match(text, end)) and m.end() <= share.end():
            continue   # (round 133) "a further £144 billion (approximately 1% of GDP) has been earmarked": the size, restated
        if m.end() <= start:
            distance = start - m.end()
        elif m.start() >= end:
            distance = m.start() - end
        else:
            continue   # a cue inside the figure's own words ("one-million-pound")
        key = (distance, _PRIORITY[kind], kind)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# a loan is lent, not invested: a commercial lender's loan is not a funding line ("Barclays lent £200m", "provided
# $1.9bn in loans", 融資); a state bank's loan or stake is the state's investment, not a grant (JBIC, DBJ, the
# British Business Bank: the keys of 118, 269, 270, 311)
# (probes2, session 27) project finance, a financial close and a syndicated loan are lending too ("£2.3bn of project
# finance from twelve banks", プロジェクトファイナンス, 協調融資)
_LOAN = re.compile(r"\b(?:lent|lend(?:s|ing|ed)?|loans?|project\s+financ\w*|financial\s+close|syndicated)\b|融資|貸し?付|"
                   r"プロジェクト・?ファイナンス|シンジケート・?ローン", re.I)
# (round 143: and a cheque handed over, "presented ... a cheque for £1,000", and "£25,000 worth of surprise donations")
# (round 51) a gift named as the figure's own: the words right before it ("has donated £2m", "donations from Daiwa
# Securities totalling L20 million") or the noun right after it ("a £2m gift", "100万イギリスポンド(…)の寄付"); review 33:
# not any gift word near it ("will invest £30m in the site and donate £1m to schools" invests the £30m; "invested £2m
# in a new gift shop")
_DONATION_BEFORE = re.compile(r"(?:\bdonat(?:e|es|ed|ing)|\b(?:donations?|gifts?|bequests?|grants?)\b[^.;,]{0,60}?\b(?:of|worth|"
                              r"totall?ing|amounting\s+to)|\bcheques?\s+(?:for|valued\s+at|worth|of)|寄付|寄附)\s*(?:(?:a|an|"
                              r"the|about|around|some|over|nearly|almost|more\s+than|another|a\s+further|an\s+additional)\s+)*$",
                              re.I)
_DONATION_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,60}[)）])?\s*(?:(?:worth\s+of\s+)?(?:[\w-]+\s+){0,2}(?:donations?|gifts?|bequests?|grants?)\b"
                             r"(?!\s+(?:shops?|cards?|vouchers?|aid)\b)|[をの]?(?:寄付|寄附|寄贈))", re.I)
# (round 139) a company's money given to charity, in the words right after the figure (review 55: not past "and",
# "while" or "but", where another conjunct may give something else, "put £12m into its plant and donated old equipment
# to charity"): "contributed over £17 million to charity", "the £5.5m First Sentier donated", "£8.5m of the £10m went to
# the Maitri Trust", "£10 million of this, however, was the donation made by", "gave £2 million to the Royal Marsden
# Cancer Charity"; and with no lower-case "invest" in its clause (a giver may be called "First Sentier Investments")
_CHARITY_GIVING_AFTER = re.compile(r"\s+(?:(?!(?:and|while|but|whereas)\b)\S+\s+){0,5}?(?:donated\b|(?:was|were)\s+(?:the\s+)?"
                                   r"(?:donation|gift)\b|to\s+charit(?:y|ies)\b|(?:(?:went|was\s+given|were\s+given|given)\s+)?"
                                   r"to\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,5}(?:Trust|Foundation|Charity)\b)")
_INVEST_WORD = re.compile(r"\binvest(?:s|ed|ing|ments?|ors?)?\b")
# (round 50) a fund named for the loans it makes ("committed £70 million to the M&G Infrastructure Loan Fund"): money
# put into the fund is an investor's, not a loan
_LOAN_FUND = re.compile(r"\s+(?:funds?|vehicles?)\b", re.I)
# (round 50: and a state pension or investment fund, "Government Pension Investment Fund", invests as a bank does)
# (round 123: and a state's investment funds, whose money the keys read as investment as a public bank's: "The fund will
# invest up to £3 million" of the Cool Japan Fund, INCJ, the National Wealth Fund, British Patient Capital)
_BANK = re.compile(r"\bBank\b|\bPension\b|\bInvestment\s+(?:Fund|Corporation|Trust)\b|銀行|公庫|年金|投資機構|"
                   r"\bCool\s+Japan\s+Fund\b|クールジャパン機構|海外需要開拓支援機構|\bINCJ\b|Innovation\s+Network\s+Corporation|"
                   r"産業革新機構|\bNational\s+Wealth\s+Fund\b|\bPatient\s+Capital\b|\bBritish\s+Business\s+Investments\b|"
                   r"海外交通・都市開発事業支援機構|海外通信・放送・郵便事業支援機構|地域経済活性化支援機構|"
                   r"\b(?:JOIN|JICT|REVIC)\b|\bFund\s+Corporation\s+for\s+the\s+Overseas\b|"
                   # (round 162) a state's development finance institution: "British International Investment" (BII, CDC)
                   r"\bBritish\s+International\s+Investment\b|\bCDC\s+Group\b")
# a lender named by its noun ("commercial banks are providing a further £900m"): in a sentence about lending its money
# is a loan, even where its own clause names none
_LENDER_NOUN = re.compile(r"\b(?:banks|lenders)\b|銀行", re.I)
# (round 80) a cost put in, after the figure and its bracketed equivalent: "総額約8,200万ポンド(約150億円)の費用を投じた
# 鉄道車両工場" (the phrase stops at 費用, a cost, which alone is no money given)
_JA_COST_SPENT_AFTER = re.compile(_JA_BRACKET_AFTER + r"\s*の?費用を\s*(?:投じ|投入し|かけ)")
# (round 80) equity beside the loans: money "covered by private loans and AESC's new shares" (民間融資とAESCの新規株式)
# is partly the company's own put in, an investment
# (review 40: listed with the loans as the money's sources, "民間融資とAESCの新規株式", "private financing as well as new
# equity"; not a lender's loan "alongside equity from Sumitomo")
_EQUITY_TOO = re.compile(r"(?:融資|\bloans?|\bdebt|\bfinancing)\s*(?:と|、|\band\b|\bas\s+well\s+as\b|\bplus\b)\s*"
                         r"[^。.;]{0,15}?(?:\b(?:equity|new\s+shares)\b|株式(?!会社)|出資|増資)", re.I)


# (round 117) lending that is aid: "環境向けの国際融資を10億ポンド増額する", "気候変動に関する国際的な融資", "climate finance"
_AID_LENDING = re.compile(r"国際(?:的な)?融資|\b(?:climate|development)\s+financ|\bdeveloping\s+(?:countries|nations|economies)\b|"
                          r"途上国|\bODA\b|円借款|\bJICA\b|\bconcessional\b", re.I)
# (round 120) a Japanese figure put in as equity ("…を同計画に出資", "…の出資で"), a grant word in its clause, and an
# investment body or fund it goes into ("投資機関のミッドランド・エンジンに…を出資": public money for a fund)
_JA_EQUITY_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*(?:を|の)\s*(?:[^、。をがは]{0,10}?)出資")
_JA_GRANT_WORD = re.compile(r"助成|補助|交付金")
_JA_FUND_WORD = re.compile(r"投資機関|ファンド|基金")
_JA_INTO_A_FUND_BEFORE = re.compile(rf"(?:{_JA_FUND_WORD.pattern})[^、。]{{0,20}}に\s*(?:約|総額|最大)?\s*$")
# (round 146) a fund the sentence says the state sets up, then puts the figure in: "「リサーチ・ベンチャーズ・カタリスト基金
# (…)」を設立し、…全体で最大5,000万ポンド(…)を出資する" (the state funds it, as money into a fund named right before;
# review 56: not with a に-destination between, "基金を設立し、…社に3億ポンドを出資", nor a set-up denied, "設立しないまま")
_JA_FUND_SET_UP = re.compile(rf"(?:{_JA_FUND_WORD.pattern})[^。]{{0,60}}?を\s*(?:設立|創設|新設|立ち上げ)(?!しない|せず|しなかっ)"
                             r"[^に]{0,160}$")
# (review 51b) research, universities and international programmes are funded, not invested in ("英国研究・イノベーション機構
# (UKRI)は、共同研究に300万ポンドを出資する", "…ITER計画に約250億円を出資", "…欧州宇宙機関(ESA)に18億ポンドの出資"), and a fund
# named after the figure takes it ("…2億ポンドの出資金を大学発スタートアップ向けのファンドに振り向ける")
_JA_RESEARCH_OR_PROGRAMME = re.compile(r"研究|大学|ITER|CERN|ESA|宇宙機関|国際|実験炉|加速器")
_RESEARCH_COUNCIL = re.compile(r"\bUKRI\b|Research\s+and\s+Innovation|Research\s+Council|研究会議|研究・イノベーション機構")
# (review 51) the loan word must govern the figure, not only share its clause ("offers grants rather than loans",
# "英政府は研究開発に1億ポンドの補助金を支給し、融資は行わない" stay grants): "¥2tn in loans", "$2bn of loans", "lend £600m",
# "loans of £5m", "2兆円を直接融資などで負担", "約2兆円の融資", "融資金額約549百万ポンド"
_LOAN_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{0,40}[)）])?(?:\s+(?:(?:in|of)\s+)?(?:(?!(?:grants?|funding|and|or)\b)[\w-]+\s+){0,2}?"
                         r"(?:loans?|lending|project\s+financ\w*|debt)\b|"
                         r"\s*(?:を|の)\s*(?:[^、。をがは補助交付]{0,14}?)(?:融資|貸し?付|プロジェクト・?ファイナンス|ローン))", re.I)
_LOAN_BEFORE = re.compile(r"(?:\b(?:lend|lends|lending|lent)\s+(?:[\w-]+\s+){0,2}?|\bloans?\s+(?:of|worth|totall?ing)\s+"
                          r"(?:(?:about|around|up\s+to|some|nearly|almost|over|more\s+than)\s+)?|"
                          r"(?:融資|貸付)(?:額|枠|金額|総額)?(?:は|に|として)?\s*(?:約|総額|最大)?\s*)$", re.I)
# (round 117) a company's contribution to a public research body is a gift to its work, not an investment: "東京電力は英国
# 原子力公社(UKAEA)に4万ポンド(約5.6億円)を拠出する" (not industry's money "拠出" into a programme it shares in)
_PUBLIC_BODY_TO_BEFORE = re.compile(r"(?:公社|(?<!投資)機構|研究所|研究機関|大学|博物館|美術館|財団|(?<!投資)(?<!ファンド)基金)(?:\s*[(（][^()（）。]{1,30}[)）])?\s*に\s*"
                                    r"(?:約|総額|計|最大)?\s*$")
_JA_CONTRIBUTES_AFTER = re.compile(r"(?:\s*[(（][^()（）。]{0,40}[)）])?\s*を\s*拠出")


def _lending(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] speaks of lending, other than in a loan fund's name."""
    return any(not _LOAN_FUND.match(text, m.end()) for m in _LOAN.finditer(text, lo, hi))


# (review 50) a body the state backs or owns, named so before the figure, invests as a state bank does
STATE_BACKED_BEFORE = re.compile(r"\b(?:state|government|publicly)[- ](?:backed|owned|run|funded)\s+$", re.I)


def _state_backed(text: str, sentence_start: int, start: int, payer: str) -> bool:
    i = text.rfind(payer, sentence_start, start)
    return i >= 0 and bool(STATE_BACKED_BEFORE.search(text, max(sentence_start, i - 30), i))


_RECIPIENT_BEFORE = re.compile(r"\b(?:for|to|into)\s+(?:the\s+)?$", re.I)


def _named_as_recipient(text: str, sentence_start: int, sentence_end: int, payer: str) -> bool:
    """(review 52) Whether the sentence names ``payer`` only as where money goes ("raised £3bn of new capital for the
    National Wealth Fund"), not as who puts it in."""
    i = text.find(payer, sentence_start, sentence_end)
    return i >= 0 and bool(_RECIPIENT_BEFORE.search(text, max(sentence_start, i - 12), i))


def payer_kind(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
               side: str, payer: str | None, kind: str, basis: str | None) -> str:
    """The kind of a funding or investment figure (``kind``, read from its words) once its payer's side is known: a
    company invests, a public body funds, a public bank invests, and a private lender's loan is neither. A side read
    from a third country's currency alone names no payer: the words keep their kind."""
    if side == "other" and basis == "currency":
        return kind
    if side == "private":
        lo, hi = clause_span(text, start, end, sentence_start, sentence_end)
        if ((_lending(text, lo, hi) or payer and _LENDER_NOUN.search(payer) and _lending(text, sentence_start, sentence_end))
                and not _EQUITY_TOO.search(text, lo, hi) and not _FROM_OWNERS_AFTER.match(text, end)):
            # (round 97: money from a company's owners is theirs, even to extend its bank loans)
            return "other"
        if _DONATION_BEFORE.search(text, max(lo, start - 60), start) or _DONATION_AFTER.match(text, end, hi):
            # (round 139: nor are its grants, "a program of GBP230,000 in new grants" of a company's charitable fund)
            return "funding"   # (round 51) a company's gift is no investment: "100万イギリスポンド(…)の寄付", "donated £2m"
        if _CHARITY_GIVING_AFTER.match(text, end, hi) and not _INVEST_WORD.search(text, lo, hi):
            return "funding"
        if _PUBLIC_BODY_TO_BEFORE.search(text, max(lo, start - 40), start) and _JA_CONTRIBUTES_AFTER.match(text, end):
            return "funding"   # (round 117) a company's contribution to a public research body
        if _PRIZE_AFTER.match(text, end) and not _SPORT_WORDS_EN.search(text, sentence_start, sentence_end):
            return "funding"   # (round 129) a prize a company sponsors is given, not invested: "a $8 million (£6 million) prize"
        return "investment"
    if side in ("UK", "Japan", "joint"):
        lo, hi = clause_span(text, start, end, sentence_start, sentence_end)
        if ((_LOAN_AFTER.match(text, end) or _LOAN_BEFORE.search(text, max(lo, start - 40), start))
                and not _AID_LENDING.search(text, lo, hi)):
            # (round 117) a state's loan, or its share of one, is money put in and paid back, as a public bank's is:
            # "The British government has already pledged to arrange ¥2tn in loans", "英政府が…2兆円を直接融資などで負担する"
            return "investment"
        if (_JA_EQUITY_AFTER.match(text, end) and not _JA_GRANT_WORD.search(text, lo, hi)
                and not _JA_INTO_A_FUND_BEFORE.search(text, max(lo, start - 40), start)
                and not _JA_FUND_SET_UP.search(text, sentence_start, start)
                and not _JA_RESEARCH_OR_PROGRAMME.search(text, lo, hi) and not _JA_FUND_WORD.search(text, end, hi)
                and not (payer and _RESEARCH_COUNCIL.search(payer))):
            # (round 120) a state's equity in a project or a company (英国政府は…6億7,900万ポンド…を同計画に出資し), as
            # a public bank's is investment (not a grant's share, nor money put into an investment body or fund)
            return "investment"
    if side in ("UK", "Japan") and payer and _BANK.search(payer) and not _named_as_recipient(text, sentence_start,
                                                                                         sentence_end, payer):
        return "investment"
    if kind == "investment" and payer and _state_backed(text, sentence_start, start, payer):
        return "investment"   # (review 50) "the state-backed ... Corporation invested Y350bn": the state's investment
    return "funding"

