"""Scoring extraction against the held-out corpus (issue 15): real pages, hand-written keys.

The key format is described in ``tests/extract_heldout/README.md``. Measures, per split:

- **money (funding)**: what the review would propose as a funding line (``is_funding`` and not a
  conversion) against the key's funding and investment facts. A fact is found when a proposal
  covers one of its mentions with the same amount, currency (and lower bound, for a range). A
  second proposal for a fact already found (the headline figure repeated in the body) is a
  false positive: one fact, several evidence offsets.
- **side**: of the funding facts found, the share whose proposed side equals the key's.
- **money (all mentions)**: every figure, funding or not, found with its amount and currency;
  *flag* is the share of those (conversions aside) whose funding/not-funding flag is right,
  *kind* the share whose ``money_kind`` is right (when proposals carry one), *linked* the
  share of the key's conversions proposed as conversions.
- **dates**: a proposal is right when it overlaps a keyed mention and has its value; *label*
  is the share of matched dates whose key names a role and that get that role.
- **organisations**: distinct organisations proposed (by gazetteer slug, or by the words for
  an unknown one) against the organisations the key lists.
- **offsets**: proposals whose ``text`` is not ``document[start:end]`` (must be 0).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from extract_eval import Score
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer

HELDOUT = Path(__file__).resolve().parent / "extract_heldout"
# every split in SPLIT.toml; all have been looked at (test20 and test21 since session 27's round 15, test17-19 since its
# round 14; test9 since session 24's round 8, test10 since session 25's round 9, test11 and test12 since session 26's
# round 11, test13 and test14 since session 26's round 12, test15 and test16 since session 27's round 13, when their
# misses were read to write those rounds' rules)
SPLITS = ("dev", "test", "test2", "test3", "dev2", "test4", "test5", "test6", "test7", "test8", "test9", "test10",
          "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21",
          "test22", "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32",
          "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40", "test41", "test42", "test43",
          "test44", "test45", "test46", "test47", "test48", "test49", "test50", "test51", "test52", "test53", "test54",
          "test55", "test56", "test57", "test58", "test59", "test60", "test61", "test62", "test63", "test64", "test65",
          "test66", "test67", "test68", "test69", "test70", "test71", "test72", "test73", "test74", "test75", "test76",
          "test77", "test78", "test79", "test80", "test81", "test82", "test83", "test84", "test85", "test86", "test87",
          "test88", "test89", "test90", "test91", "test92", "test93", "test94", "test95", "test96", "test97", "test98",
          "test99", "test100", "test101", "test102", "test103", "test104", "test105", "test106", "test107", "test108",
          "test109", "test110", "test111", "test112", "test113", "test114", "test115", "test116", "test117", "test118",
          "test119", "test120", "test121", "test122", "test123", "test124", "test125", "test126", "test127", "test128",
          "test129", "test130", "test131", "test132", "test133", "test134", "test135", "test136", "test137", "test138",
          "test139", "test140", "test141", "test142", "test143", "test144", "test145", "test146", "test147", "test148",
          "test149", "test150", "test151", "test152", "test153", "test154", "test155", "test156", "test157", "test158",
          "test159", "test160", "test161", "test162", "test163", "test164", "test165", "test166", "test167", "test168",
          "test169", "test170", "test171", "test172", "test173", "test174", "test175", "test176", "test177", "test178",
          "test179", "test180", "test181", "test182", "test183", "test184", "test185", "test186", "test187", "test188",
          "test189", "test190", "test191", "test192", "test193", "test194")
# the clean batches: nobody has read their misses, so the tools print their totals only (test178, 14 English pages:
# donors' conferences and international science projects with UK and Japanese pledges (Iraq, Afghanistan, tsunami,
# Nepal, Chernobyl, BepiColombo, LiteBIRD, CERN, Global Fund), 75 funding-side facts, gathered in session 55; test179,
# 13 Japanese pages: multilateral pledges with Japan's and the UK's sums (Gavi, Global Fund, World Bank, COVAX, COP28
# loss and damage, CEPI, ILC) and a Japanese firm's Oxford scholarship, 51 funding-side facts, gathered in session 55;
# test180, 9 English pages: Japanese companies', foundations' and donors' money for research, centres and sites in
# Britain and British funders' money around work with Japanese partners (Takeda and Oxford's diabetes centre, Tanabe and
# British Biotech, Imperial's semiconductor centre, Toyota GB's academy, UKRI's partnership fund, the Dementia Discovery
# Fund, Nakasone's research programme, Eisai Hatfield), 10 funding-side facts, gathered in session 56; test181, 13
# Japanese pages: money put into British start-ups, university venture companies and innovation programmes as Japanese
# media and agencies report it (SoftBank and Greensill, Mitsubishi Corporation and OVO, Sony's fund and what3words,
# NAPIC, Innovate UK's AI and novel-food money, British venture totals), 23 funding-side facts, gathered in session 56;
# test182, 13 English pages: Japanese companies buying British technology, materials, life-science and sports-technology
# firms and what they put in afterwards (Futamura and Innovia's Cellophane arm and its Wigton plant, Hitachi
# High-Technologies and Oxford Instruments, Sony and Hawk-Eye, Japan Tobacco and Zandera, Olympus and Gyrus, Konica
# Minolta and Charterhouse, Sosei Heptares' deals with AbbVie), 3 funding-side facts, gathered in session 57; test183,
# 13 pages, 11 in Japanese: a Japanese car-parts maker's British plant (G-TEKT in Gloucestershire) and Meiji-era
# Japan-UK finance told in later pages (the first sterling loan of 1870, the Russo-Japanese war loans raised in London
# in 1904-05, the battleship Mikasa's price, the Oriental Bank), 24 funding-side facts, gathered in session 57; test184,
# 14 English pages: Japanese money in British retail, property and media and British firms' money in Japan (Uniqlo's
# first British stores, HMV Japan's sales, Sony and Bad Wolf, County Hall's Japanese buyer, Daiwa House at Elephant
# Park, Japanese banks in the Gherkin's loan, Bush House's leaseholder, Muji's London prices, Burberry in Japan), 3
# funding-side facts, gathered in session 57; test185, 13 pages, 11 in Japanese: Taisho and early Showa loans, bonds and
# company investment between Japan and Britain (the 1924 earthquake loan, power companies' sterling bonds, Nagoya's
# sterling bond, Armstrong and Vickers in the Japan Steel Works, Dunlop in Kobe, the 1930 sterling loan) and three
# modern pages (Idemitsu and Showa Shell, HSBC's Japanese retail exit, Kosaido and Harrow Appi), 38 funding-side facts,
# gathered in session 57; test186, 13 pages, 10 in English: Japanese public lenders, banks, trading houses and utilities
# in British infrastructure and energy (project finance, stakes in utilities and funds), gathered in session 58;
# test187, 7 pages, all in Japanese: Japanese regions, cities, universities and mid-sized firms and their British links,
# gathered in session 58; test188, 14 pages, 12 in English: UK-Japan money beside other currencies (international
# research and climate funds, takeovers and projects in third countries), gathered in session 58; test189, 14 pages, 12
# in English: Japanese investment in Britain and British firms in Japan from the 1970s to the 1990s, with trade-gap
# debates, gathered in session 58; test190, 13 pages, 6 in Japanese: Japanese firms' research in Britain (Takeda's
# endowed chair, Nissan-led self-driving projects with UK grants, Horiba MIRA, Fujitsu), gathered in session 58;
# test191, 13 pages, 10 in Japanese: UK-Japan money in frontier technology (GCAP, chips, satellites, cables, batteries,
# solar, nuclear), gathered in session 58; test192, 6 pages, 5 in Japanese: British research funding as Japanese
# agencies digest it and the ESRC's Open Research Area round with JSPS, gathered in session 59; test193, 13 pages, 10 in
# Japanese: Japanese takeovers, listings and stakes with British firms (Orchard, Arm, Aegis, M&G) and HS2 trains,
# gathered in session 59; test194, 12 pages, 8 in English: UK-Japan announcements of 2023-2026 (GCAP, Hiroshima Accord
# pledges, Dai-ichi Life and M&G, Nissan's Sunderland Leaf), gathered in session 59; test22 is seen since session 28's
# round 16, test23 (funder pages, research-council releases and companies' R&D news) since its round 17, test24
# (investment and trade pages between Japan and the UK) since its round 18, test25 (news and releases about UK-Japan
# technology fields) since session 29's round 19, test26 (funder pages, companies' licence and R&D announcements and a
# government release) since its round 20, test27 (funder pages, government releases and answers, company and business
# news) since its round 21, test28 (funder and programme pages, research-organisation and company releases and news
# about UK-Japan research, innovation and investment) since its round 22, test29 (companies' news and releases about
# UK-Japan investment, R&D deals and trade) since its round 23, test30 (releases and news about UK-Japan research
# partnerships, government programmes and pledges, funder pages) since its round 24, test31 (Japanese companies' UK
# purchases, sites and R&D centres, mostly in Japanese) since its round 25, test32 (English news, company, government,
# university and funder pages of 2010-2019) since its round 26, test33 (Japanese pages of funders, agencies and
# companies) since its round 27, test34 (English funder, government, agency, company and news pages of 2020-2026) since
# its round 28, test35 (news, company, agency and government pages of 2021-2025 on UK-Japan technology fields) since its
# round 29, test36 (funder and programme pages, their announcements and news of UK-Japan awards) since session 30's
# round 30, test37 (company announcements and business news about UK-Japan investment, R&D and deals of 2006-2019) since
# its round 31, test38 (programme pages, releases, company and news pages about UK-Japan research and R&D money) since
# session 31's round 32, test39 (news and trade press about UK-Japan trade, investment and technology deals) since its
# round 33, test40 (regional, agency, trade-body and news pages and Japanese pages about UK-Japan money) since its round
# 34, test41 (company announcements and news about Japanese companies' UK sites and deals, a UK charity's fellowship
# call) since its round 35, test42 (company announcements and business news with money between Japanese companies and UK
# firms) since its round 36, test43 (news and company pages about Japanese purchases, contracts and sites in the UK)
# since its round 37, test44 (government releases and news about UK-Japan defence, semiconductor, energy, space and
# trade deals) since its round 38, test45 (regional and local news about Japanese companies' UK sites and the public
# money around them) since session 32's round 39, test46 (university, company and agency research news with money) since
# its round 40, test47 (Japanese-language and English pages about Japanese companies' UK purchases, stakes and sites)
# since its round 41, test48 (news, company and agency pages of 2024-2025 about Japanese money in UK AI and space firms)
# since its round 42, test49 (trade, export and business-support pages about UK-Japan trade and education money) since
# its round 43, test50 (prize, award and programme pages and news of international science prizes and UK-Japan funds)
# since its round 44, test51 (trade and business news about Japanese deals, stakes, plants and grants in the UK and UK
# firms in Japan) since its round 45, test52 (public-body, trade-press and news pages about UK-Japan food market access,
# antimicrobial-resistance and culture money) since its round 46, test53 (Japanese news, company and blog pages about UK
# purchases, sites, stakes and a joint fund) since its round 47, test54 (university news and programme pages about a
# UK-Japan research grant and a joint PhD's scholarship and fees) since its round 48, test55 (pharma and biotech news
# and releases about Japanese companies' UK licensing deals, stakes and purchases) since its round 49, test56 (news and
# company pages about Japanese banks', insurers', pension funds' and property developers' money in UK firms, funds,
# loans and buildings) since its round 50, test57 (news, trade-press and company pages about smaller UK-Japan deals)
# since its round 51, test58 (sector pages where Japanese companies and UK bodies buy, sell, invest or co-fund) since
# its round 52, test59 (think-tank, law-firm, consultancy, regulator, parliament, agency and news pages about UK-Japan
# trade, investment stocks, takeovers and property money) since its round 53, test60 (Japanese-language pages and
# English pages about Japanese money in UK firms, sites and funds) since its round 54, test61 (news and government pages
# about Japanese companies' UK plants, purchases and pledges) since its round 55, test62 (government releases and news
# about UK-Japan defence and AI money and Japanese investors in UK start-ups) since its round 56, test63 (fund,
# programme and news pages where UK and Japanese pledges sit among other countries' money) since its round 57, test64
# (news, trade-press and public-body pages with trade values, company results, prices and a few investments) since its
# round 58, test66 (news, government and company pages of 2023-2026 about GCAP, Japanese investment pledges and Japanese
# companies' UK money) since its round 59, test65 (a school grant, a foundation's lectureships and a prize with UK-Japan
# money) since its round 60, test67 (pharma, biotech and medical-technology news and company releases about Japanese
# companies' UK purchases, licensing deals and fund stakes) since its round 61, test68 (regional news, trade press and
# public-body pages about Japanese companies' sites in the UK's nations and regions and the public money around them)
# since its round 62, test69 (Japanese-language pages about Hitachi's train orders, UK semiconductor and space money and
# a UKRI-JST call) since its round 63, test70 (news, trade-press and company pages about creative-industry, games,
# music, film and sport money) since its round 64, test71 (news, trade-press, agency and company pages about food,
# drink, retail, consumer-brand and tourism money) since its round 65, test72 (news, trade-press and company pages about
# Japanese engineering, construction, logistics, glass, chemicals and textiles firms' UK money) since its round 66,
# test73 (funder calls, a prize release, a market report and a fee guide about scholarships, awards and prizes between
# Japan and the UK) since its round 67, test74 (news, trade-press and company pages about digital, data-centre and
# finance money) since its round 68, test75 (news, trade-press, company and government pages about space, defence,
# aerospace, battery and mobility money) since its round 69, test76 (news, trade-press, government and company pages
# where UK-Japan funding sits among trade values, company results and prices) since its round 70, test77 (news,
# trade-press, company and charity pages about money from the UK into Japan) since its round 71, test78 (news,
# trade-press, company and programme pages about energy money between Japan and the UK) since its round 72, test79
# (programme, foundation, university, research-council and news pages about prizes, scholarships, research centres and
# awards) since its round 73, test80 (Japanese-language news and commentary pages and English wire copies about money
# between Japan and the UK) since session 36's round 74, test81 (news, regional-body, government-release, company and
# trade-press pages about UK public bodies' and mayors' Japan money) since session 36's round 75, test82 (English pages
# from Japanese publishers, wire services and Tokyo-based media about money between Japan and the UK) since session 38's
# round 76, test83 (start-up, venture-capital, AI, quantum and semiconductor money between Japan and the UK) since
# session 38's round 76, test84 (health, ageing, care, medical-device, food, farming and water money between Japan and
# the UK) since session 38's round 76, test85 (news, agency, trade-press and Japanese digest pages about fusion,
# nuclear, hydrogen, carbon-capture and offshore-wind money between Japan and the UK) since session 38's round 77,
# test86 (news, law-firm and Japanese pages about finance, insurance, pension-fund and property money) since session
# 39's round 78, test87 (university, fellowship, scholarship and Japanese agency-digest pages about research and
# university money) since session 39's round 78, test88 (news, sports-body, school and Japanese pages about culture,
# education, tourism and sport money) since session 39's round 78, test89 (news, airline, agency and Japanese pages
# about aerospace, airline-engine, satellite and OneWeb money) since session 39's round 79, test90 (news, company,
# regional-body and Japanese pages about car, battery, rail and logistics plants and their money) since session 40's
# round 80, test91 (news, company and Japanese pages about pharmaceutical and biotech deals: purchases, licences and
# milestone payments) since session 40's round 81, test92 (news, company and Japanese pages about digital, telecoms, AI
# and software money) since session 40's round 81, test93 (news, government, agency and Japanese pages about climate
# finance, development aid and export credit) since session 40's round 82, test94 (Japanese-language company and news
# pages) since session 41's round 83, test95 (filings and annual accounts) since session 41's round 83, test96 (pages
# chosen for their money forms) since session 41's round 83, test97 (news, university, funder and Japanese pages about
# university and research money) since session 41's round 84, test98 (news, trade-press and Japanese pages about
# finance, insurance and professional-services money) since session 41's round 85, test99 (news, committee,
# regional-agency and company pages about Japanese plants in the UK's regions) since session 41's round 86, test100
# (news, agency, bank and Japanese pages about nuclear, offshore-wind and energy-finance money between Japan and the UK,
# three in Japanese) since session 42's round 87, test101 (news, ministry-digest, trade-press and Japanese pages about
# defence, fighter-programme, security-contract and deep-technology money between Japan and the UK, six in Japanese)
# since session 42's round 88, test102 (news, trade-press, government and Japanese pages about trade, food, drink,
# retail and consumer-brand money between Japan and the UK, seven in Japanese) since session 42's round 89, test103
# (Japanese-language news, company and business-site pages about money between Japan and the UK, all fourteen in
# Japanese) since session 43's round 90, test104 (news, trade-press and company pages from 2023 to 2026 about deals,
# contracts and plants between Japan and the UK, all in English) since session 43's round 91, test105 (news, company and
# agency pages about pharmaceutical, biotech and health money between Japan and the UK, all in English) since session
# 43's round 92, test106 (news, company and trade-press pages about mobility and manufacturing money between Japan and
# the UK, all in English) since session 44's round 93, test107 (news, agency and regional pages about Japanese money and
# partners in the UK's regions and nations, all in English) since session 44's round 94, test108 (Japanese-language
# news, agency and company pages about money between Japan and the UK) since session 44's round 95, test109 (news,
# company and trade-press pages about finance, insurance, property and venture money between Japan and the UK) since
# session 45's round 96, test110 (news, trade-press and company pages about telecoms, IT-services, games, venture and AI
# money between Japan and the UK) since session 45's round 97, test111 (news, trade-press, parliamentary and filing
# pages about chemicals, materials, machinery and electronics money between Japan and the UK) since session 45's round
# 98, test112 (news, university, prize and call pages about research grants, fellowships and prize money between Japan
# and the UK, all in English) since session 46's round 99, test113 (Japanese-language news, company, agency and sport
# pages about money between Japan and the UK) since session 46's round 100, test114 (news, parliamentary and company
# pages from before 2018 about landmark deals, plants and trade between Japan and the UK, all in English) since session
# 46's round 101, test115 (news, cultural, tourism and sports pages about prizes, grants, sponsorship, rights, fees and
# visitor money between Japan and the UK, all in English) since session 47's round 102, test116 (Japanese-language news,
# company, agency and trade-press pages about food, ocean research, pharmaceutical, rail, property, energy and apparel
# money between Japan and the UK) since session 47's round 103, test117 (news, agency and multilateral pages about
# climate-finance, development, health-fund and humanitarian pledges with both the UK and Japan among the givers, all in
# English) since session 47's round 104, test118 (news, agency and company pages about space, telescope, farming and
# food money between Japan and the UK, all in English) since session 48's round 105, test119 (news, government and
# company pages from 2019 to 2022 about insurance, car-plant, trade-talk, bond, energy and property money between Japan
# and the UK, all in English) since session 48's round 106, test120 (news, university, foundation and agency pages about
# universities, scholarships, fees, fundraising and endowments between Japan and the UK, seven in Japanese) since
# session 48's round 107, test121 (Japanese-language news, company and forum pages about acquisitions, results,
# write-downs and investments of Japanese companies in the UK and British ones in Japan, all in Japanese) since session
# 48's round 108, test122 (news, trade-press and company pages about property, water, power-cable, nuclear and rail
# money between Japan and the UK, two in Japanese) since session 49's round 109, test123 (news, company, university and
# health-service pages about drug licensing, biotech stakes, vaccine ventures, antibiotic contracts and research money
# between Japan and the UK, two in Japanese) since session 49's round 110, test124 (news, agency, company and digest
# pages about AI, data-centre, chip, quantum, telecoms and venture money between Japan and the UK, six in Japanese)
# since session 49's round 111, test125 (news, company, filing and translated annual-report pages about British
# companies' business in Japan: stakes, acquisitions, funds, retail, hotels and shareholder campaigns, six in Japanese)
# since session 49's round 112, test126 (agency, trade-press, laboratory and digest pages about big science) since
# session 50's round 113, test127 (news, company and trade-press pages about airlines, airports, ships, ports, logistics
# and aviation start-ups) since session 50's round 114, test128 (Japanese-language news, company and bookmark pages
# about train financing, housing, batteries, acquisitions and write-downs) since session 50's round 115, test129
# (agency, ministry, news and digest pages about national science and innovation budgets, R&D programmes and subsidies)
# since session 50's round 116, test130 (news, company, agency and trade-press pages about nuclear fuel, new build,
# decommissioning, small reactors and fusion money between Japan and the UK, nine in Japanese) since session 51's round
# 117, test131 (news, company, trade-press and digest pages about hydrogen, carbon-capture, battery, green-finance and
# clean-tech start-up money between Japan and the UK, seven in Japanese) since session 51's round 118, test132 (news,
# company, trade-press and digest pages about health, medical-technology and NHS money between Japan and the UK, four in
# Japanese) since session 51's round 119, test133 (Japanese-language pages on British economic news with pound and yen
# figures: UK state money, British company deals and Japanese firms' UK money) since session 51's round 120, test134
# (news, school and digest pages about education, skills and exchanges between Japan and the UK: British schools'
# Japanese campuses and their fees) since session 51's round 121, test135 (news, company and trade-press pages about
# creative industries, media and entertainment money between Japan and the UK) since session 51's round 122, test136
# (documents 2962-2979, news, trade-press, company and auction pages about retail, restaurant, whisky, drinks, food and
# luxury money between Japan and the UK (three in Japanese)) since session 52's round 123, test137 (documents 2984-2997,
# news, company, agency and blog pages about start-up, venture-capital, spin-out and accelerator money between Japan and
# the UK (eight in Japanese)) since session 52's round 124, test138 (documents 3006-3018, Japanese-language news,
# company and agency pages about British firms' results, investment and sales in Japan, a telecoms sale, online
# groceries and a driving start-up) since session 52's round 125, test139 (documents 3028-3042, news, trade-press and
# company pages about construction-machinery, rail, bearings, steel and engine money between Japan and the UK (seven in
# Japanese)) since session 52's round 126, test140 (foundation grants, scholarships, disaster relief and charity money)
# since session 53's round 127, test141 (environment money: waste, recycling, water and sewage) since session 53's round
# 128, test142 (robotics, automation, AI hardware and computing money) since session 53's round 129, test143
# (professional and business services: advertising, recruitment, outsourcing) since session 53's round 130, test144
# (Japanese prefectures, cities and firms selling into or setting up in the UK, British food firms entering Japan) since
# session 53's round 131, test145 (news, parliamentary, laboratory, company and digest pages about a space start-up's
# rounds, neutrino-experiment grants, Japanese car, chip and electronics plants in Britain and cultural funding) since
# session 54's round 132, test146 (university, research-council, foundation, company and news pages about UK research
# funding with Japanese firms and foundations, Japanese money in UK start-ups and sites, and drug and chip deals) since
# session 54's round 133, test147 (Japanese-language agency, digest, company and news pages about UK grants to Japanese
# firms' hydrogen, offshore-wind and electric-vehicle projects) since session 54's round 134, test148 (news, agency,
# company and council pages about regional grants and Japanese firms' plants in Scotland, Wales, Northern Ireland and
# English regions, and a British firm in Japan) since session 54's round 135, test149 (agency, digest, news and company
# pages about space, fusion, quantum, AI-safety, chip and ocean-science money (nine in Japanese)) since session 54's
# round 136, test150 (news, company, agency and parliamentary pages about Japanese money in North Sea oil, the Channel
# Tunnel, rolling stock, nuclear loans, an island energy project, an offshore wind farm's export credit and a telecoms
# purchase) since session 54's round 137, test151 (Japanese-language news, company and agency pages about Japanese money
# in British firms, sites and projects and British public money beside Japanese firms) since session 54's round 138,
# test152 (test152 (documents 3300-3314, fifteen English pages in genres the corpus holds few of: a Japanese firm's UK
# charity and its grant lists, Japanese firms' UK giving, historic Hansard answers, trade-press items on British and
# Japanese investors in each other's firms, a games studio, a works visit)) since session 55's round 139, test153
# (test153 (documents 3320-3333, fourteen Japanese pages on funding and investment in genres the corpus holds few of: a
# graduate school's news, a foundation's grant table, a city's sports exchange, corporate disclosures on UK
# subsidiaries, trade-press reports of UK-Japan joint ventures and sites)) since session 55's round 140, test154
# (test154 (documents 3340-3356, seventeen English pages on UK-Japan money in sectors the corpus holds little of: sake
# and whisky, seafood and lamb, golf, football and Olympic sport, studentships, British firms buying and selling
# Japanese businesses)) since session 55's round 141, test155 (test155 (documents 3360-3372, ten Japanese and three
# English pages on British firms buying into or selling Japanese businesses and on Japanese money in British sites))
# since session 55's round 142, test156 (test156 (documents 3380-3393, eleven English and three Japanese pages on
# culture, heritage and exchange money between the UK and Japan: the Glover heritage sites, Japanese gardens in Britain,
# the UK in JAPAN season's grants, Japanese firms' local giving, Japan House)) since session 55's round 143, test157
# (test157 (documents 3400-3413, thirteen Japanese pages and one English on Japanese firms' money in their British
# sites, British firms' research money, and UK research funding as reported by Japanese science bodies)) since session
# 55's round 144, test158 (test158 (documents 3420-3432, thirteen English pages on money between the UK and Japan in
# university and research-institute work outside the corpus's usual fields: care robotics, archaeology, railway
# research, agriculture, climate and ocean modelling, Japanese studies, Japanese-art conservation)) since session 55's
# round 145, test159 (documents 3440-3453, Japanese-language agency, digest, company and news pages about UK research
# funding, Japanese funds and firms in the UK and a takeover (one in English)) since session 56's round 146, test160
# (documents 3460-3472, news, parliamentary, trade-press and company pages about aerospace, defence, insurance and
# banking money between Japan and the UK) since session 56's round 147, test161 (documents 3480-3493, Japanese-language
# news, company and agency pages about insurers', banks' and brokers' deals, defence money and tourism budgets between
# Japan and the UK) since session 56's round 148, test162 (documents 3500-3514, local and regional news pages about
# Japanese companies' plants, grants, results and closures in British towns) since session 56's round 149, test163
# (documents 3520-3532, Japanese-language company, news and digest pages about exits, sterling and samurai bonds and
# investment between Japan and the UK) since session 56's round 150, test164 (documents 3540-3551, English pages on UK
# firms' contracts, plants and offices in Japan and Japanese owners of UK firms) since session 57's round 151, test165
# (documents 3560-3571, English pages on Japanese and British technology firms' rounds, takeovers and plants) since
# session 57's round 152, test166 (documents 3580-3593, English pages on money lent or invested across the two
# countries) since session 57's round 153, test167 (documents 3600-3611, English and Japanese pages on research money
# and energy investment between the UK and Japan) since session 57's round 154, test168 (documents 3620-3631, English
# pages on nuclear decommissioning, Japanese pharma deals with British biotechs and UK space money) since session 57's
# round 155, test169 (documents 3640-3652, Japanese and English pages on British government research budgets, funds and
# programmes as Japanese sources present them) since session 58's round 156, test170 (documents 3660-3671, English pages
# on UK–Japan money in education, culture and society) since session 58's round 157, test171 (documents 3680-3692,
# Japanese and English pages on British firms and funds putting money into Japan) since session 58's round 158, test172
# (documents 3700-3712, English pages on deals between British biotech, medtech and deep-tech firms and Japanese
# companies) since session 58's round 159, test173 (documents 3720-3735, Japanese pages on UK research money as Japanese
# agencies and media report it) since session 58's round 160, test174 (documents 3740-3751, 12 pages, ten in English, on
# Japanese firms' money in smaller British firms (Sumitomo Heavy Industries and Highview Power, MOL and Bombora Wave
# Power, SBI and B2C2, Mitsubishi Estate and Patron Capital, Sumitomo and SES Water), UK grants touching Japanese firms
# (Nissan in a low-emission round, Network Rail's competition won by Hitachi's Perpetuum, the Scotland–Japan subsea
# fund, a Welsh culture fund) and British fuel-cell firms' deals with Suzuki and Honda: 10 funding-side facts) since
# session 59's round 161, test175 (documents 3760-3772, 13 Japanese pages on Japanese money in UK-linked ventures
# (Mitsubishi Corporation and BBOXX, Kansai Electric and Nippon Life in the NeuConnect cable) and Japanese reports of
# British research and investment money (Cancer Research UK's Grand Challenge, Wellcome, the Wolfson Foundation,
# UK–China research funding, British International Investment, investment summits, the ten-point plan): 29 funding-side
# facts) since session 59's round 162, test176 (documents 3780-3791, 12 English pages on smaller Japanese-owned firms'
# money in British towns (Suntory's Coleford factory, Hoshizaki Europe's accounts, Citizen Machinery UK's centre,
# Harada's filing, Sekisui House at Northstowe, Fanuc UK), Scottish Enterprise and Highlands and Islands Enterprise
# grants (Toshiba's Edinburgh imaging arm, AGM Batteries) and Pilkington's hydrogen grant: 19 funding-side facts) since
# session 59's round 163, test177 (documents 3800-3811, 12 pages, eleven in Japanese, on prize money and donations
# between the UK and Japan (the Queen Elizabeth Prize for Engineering in six pages, the Daiwa Adrian Prize, Japanese
# gifts to the UK cherry-tree project, the Kyoto Prize and the Honda Prize's British laureates): 16 funding-side facts)
# since session 59's round 164)
CLEAN: tuple[str, ...] = ("test178", "test179", "test180", "test181", "test182", "test183", "test184", "test185", "test186", "test187", "test188", "test189", "test190", "test191", "test192", "test193", "test194")
SEEN = tuple(n for n in SPLITS if n not in CLEAN)      # looked at: development data


def misses_hidden(name: str) -> bool:
    """Whether the tools must refuse to print the misses of split `name`: a clean batch, or `all` while it includes
    one (with no clean batch, `all` is every seen split and may be read like `seen`)."""
    return name in CLEAN or (name == "all" and bool(CLEAN))


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, other: "Ratio") -> None:
        self.right, self.total = self.right + other.right, self.total + other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class HeldoutScores:
    funding: Score = field(default_factory=Score)
    side: Ratio = field(default_factory=Ratio)
    mentions: Score = field(default_factory=Score)
    flag: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)
    linked: Ratio = field(default_factory=Ratio)
    dates: Score = field(default_factory=Score)
    label: Ratio = field(default_factory=Ratio)
    organisations: Score = field(default_factory=Score)
    offset_errors: int = 0
    notes: list[str] = field(default_factory=list)
    # (key side, proposed side, proposed side_basis) of every funding fact found: the confusion matrix
    side_cells: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    # (proposed money_kind, why) of every false positive among the funding proposals
    false_funding: list[tuple[str | None, str]] = field(default_factory=list)

    def add(self, other: "HeldoutScores") -> None:
        for name in ("funding", "side", "mentions", "flag", "kind", "linked", "dates", "label",
                     "organisations"):
            getattr(self, name).add(getattr(other, name))
        self.offset_errors += other.offset_errors
        self.notes += other.notes
        self.side_cells += other.side_cells
        self.false_funding += other.false_funding


def split(name: str) -> list[str]:
    """The document stems of a split ("dev", "test", "test2", "test3", "dev2", "test4", "test5", "test6", "test7",
    "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18",
    "test19", "test20", "test21"), of every split ("all"), or
    of every split that has been looked at ("seen": all but the CLEAN ones)."""
    with (HELDOUT / "SPLIT.toml").open("rb") as fh:
        s = tomllib.load(fh)
    groups = {"all": SPLITS, "seen": SEEN}
    return sorted(sum((s[n] for n in groups[name]), [])) if name in groups else list(s[name])


def _occurrences(doc: str, text: str) -> list[tuple[int, int]]:
    out, i = [], doc.find(text)
    while i >= 0:
        out.append((i, i + len(text)))
        i = doc.find(text, i + 1)
    if not out:
        raise ValueError(f"key text not in the document: {text!r}")
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(p) -> list[tuple[int, int]]:
    """Every evidence offset of a proposal (one fact may be mentioned several times)."""
    return list(getattr(p, "evidence", None) or [(p.start, p.end)])


def _money_key(doc: str, key: dict) -> list[dict]:
    facts = []
    entries = key.get("money", [])
    # (session 52) several entries of one text and no "also", as many as the text's mentions: the key writer keyed
    # each mention as its own fact, in order ("売上高:…25億ポンド" then "25億ポンド…のテクノロジー投資"), so each
    # entry is its own mention, not all of them
    same_text = {}
    for e in entries:
        same_text.setdefault(e["text"], []).append(e)
    for e in entries:
        spans = [s for t in (e["text"], *e.get("also", ())) for s in _occurrences(doc, t)]
        group = same_text[e["text"]]
        if len(group) > 1 and len(group) == len(spans) and not any(g.get("also") for g in group):
            spans = [spans[next(i for i, g in enumerate(group) if g is e)]]
        facts.append({**e, "spans": spans, "amount": Decimal(e["amount"]),
                      "amount_min": Decimal(e["amount_min"]) if "amount_min" in e else None})
    return facts


def _money_match(p, facts: list[dict], taken: set[int] = frozenset()) -> dict | None:
    """The key entry a proposal matches; of several entries of the same text (three backers' "10億ドル" in one list,
    session 52), the first not ``taken`` yet, so that each can be found once."""
    matching = [e for e in facts if p.amount == e["amount"] and p.currency == e["currency"]
                and (e["amount_min"] is None or p.amount_min == e["amount_min"])
                and any(_overlap(s, k) for s in _spans(p) for k in e["spans"])]
    return next((e for e in matching if id(e) not in taken), matching[0] if matching else None)


def _org_forms(entry: str, gaz) -> tuple[set[str], set[str]]:
    forms = {_norm(f) for f in entry.split("|")}
    slugs = {gaz.forms[f] for f in entry.split("|") if f in gaz.forms}
    return forms, slugs


def _norm(name: str) -> str:
    name = name.strip().rstrip(".")
    return name[4:] if name.startswith("The ") else name


def score_document(stem: str, gazetteer=None) -> HeldoutScores:
    doc = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
    with (HELDOUT / f"{stem}.toml").open("rb") as fh:
        key = tomllib.load(fh)
    anchor = key.get("document_date")
    anchor = date.fromisoformat(anchor) if anchor and len(anchor) == 10 else None
    gaz = gazetteer or default_gazetteer()
    r = propose(doc, document_date=anchor, gazetteer=gaz)
    s = HeldoutScores()
    s.offset_errors = sum(1 for p in r.all() if doc[p.start:p.end] != p.text)

    # money
    facts = _money_key(doc, key)
    funding_facts = [e for e in facts if e.get("is_funding") and not e.get("converted_from")]
    found: set[int] = set()
    for p in r.money:
        if not p.is_funding or p.converted_from:
            continue
        e = _money_match(p, facts, found)
        if e is not None and e in funding_facts and id(e) not in found:
            found.add(id(e))
            s.funding.tp += 1
            s.side.total += 1
            s.side.right += p.side == e.get("side")
            s.side_cells.append((e.get("side"), p.side, p.side_basis))
            if p.side != e.get("side"):
                s.notes.append(f"{stem}: side of {p.text!r} is {p.side}, key {e.get('side')}")
        else:
            s.funding.fp += 1
            why = ("duplicate" if e is not None and id(e) in found else
                   "a conversion" if e is not None and e.get("converted_from") else
                   "not funding" if e is not None else "no such fact")
            s.false_funding.append((getattr(p, "money_kind", None), why))
            s.notes.append(f"{stem}: proposed as funding {p.text!r} ({why})")
    s.funding.fn = len(funding_facts) - len(found)
    s.notes += [f"{stem}: funding fact missed {e['text']!r}" for e in funding_facts if id(e) not in found]

    seen: set[int] = set()
    for p in r.money:
        e = _money_match(p, facts, seen)
        if e is None or id(e) in seen:
            s.mentions.fp += 1
            continue
        seen.add(id(e))
        s.mentions.tp += 1
        if e.get("converted_from"):
            s.linked.total += 1
            s.linked.right += bool(p.converted_from)
            continue
        s.flag.total += 1
        s.flag.right += p.is_funding == bool(e.get("is_funding"))
        kind = getattr(p, "money_kind", None)
        if kind is not None:
            s.kind.total += 1
            s.kind.right += kind == e.get("money_kind")
            if kind != e.get("money_kind"):
                s.notes.append(f"{stem}: kind of {p.text!r} is {kind}, key {e.get('money_kind')}")
    s.mentions.fn = len(facts) - len(seen)

    # dates
    keyed = [{**e, "spans": _occurrences(doc, e["text"])} for e in key.get("dates", [])]
    used: set[int] = set()
    for p in r.dates:
        e = next((e for e in keyed if id(e) not in used and p.value == e["value"]
                  and any(_overlap((p.start, p.end), k) for k in e["spans"])), None)
        if e is None:
            s.dates.fp += 1
            s.notes.append(f"{stem}: date {p.text!r} -> {p.value} not in the key")
            continue
        used.add(id(e))
        s.dates.tp += 1
        if e.get("label"):
            s.label.total += 1
            s.label.right += p.label == e["label"]
            if p.label != e["label"]:
                s.notes.append(f"{stem}: label of {p.text!r} is {p.label}, key {e['label']}")
    s.dates.fn = len(keyed) - len(used)
    s.notes += [f"{stem}: date missed {e['text']!r}" for e in keyed if id(e) not in used]

    # organisations
    entries = [_org_forms(o, gaz) for o in key.get("organisations", [])]
    proposed: dict[str, list] = {}
    for o in r.organisations:
        # an unknown organisation by its name: "JAEA" after "Japan Atomic Energy Agency (JAEA)" is the same one
        proposed.setdefault(o.slug or _norm(o.name), []).append(o)
    matched: set[int] = set()
    for ident, mentions in proposed.items():
        hit = [i for i, (forms, slugs) in enumerate(entries) for o in mentions
               if (o.slug and o.slug in slugs) or _norm(o.text) in forms or _norm(o.name) in forms]
        if hit:
            s.organisations.tp += 1
            matched.update(hit)
        else:
            s.organisations.fp += 1
            s.notes.append(f"{stem}: organisation {mentions[0].text!r} not in the key")
    s.organisations.fn = len(entries) - len(matched)
    s.notes += [f"{stem}: organisation missed {key['organisations'][i]!r}"
                for i in range(len(entries)) if i not in matched]
    return s


def split_scores(name: str) -> HeldoutScores:
    gaz = default_gazetteer()
    total = HeldoutScores()
    for stem in split(name):
        total.add(score_document(stem, gaz))
    return total


def table(title: str, s: HeldoutScores) -> str:
    def pr(sc: Score) -> str:
        return f"{sc.tp:>4}{sc.fp:>4}{sc.fn:>4}{sc.precision:>10.1%}{sc.recall:>8.1%}"

    def ratio(r: Ratio) -> str:
        return f"{r.value:.1%} ({r.right}/{r.total})" if r.total else "n/a"

    return "\n".join([
        title,
        f"  {'measure':<24}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>10}{'recall':>8}",
        f"  {'money (funding)':<24}{pr(s.funding)}   side right {ratio(s.side)}",
        f"  {'money (all mentions)':<24}{pr(s.mentions)}   flag {ratio(s.flag)}, kind {ratio(s.kind)}, "
        f"conversions linked {ratio(s.linked)}",
        f"  {'dates':<24}{pr(s.dates)}   label right {ratio(s.label)}",
        f"  {'organisations':<24}{pr(s.organisations)}",
        f"  offsets not exact: {s.offset_errors}",
    ])


def confusion(s: HeldoutScores) -> str:
    """The side confusion matrix (key side by proposed side, each cell split by basis) and the
    funding false positives counted by their proposed kind."""
    sides = ["UK", "Japan", "joint", "private", "other", None]
    name = lambda v: v or "none"   # noqa: E731
    lines = ["  side: key \\ proposed " + "".join(f"{name(v):>9}" for v in sides) + "   (wrong ones by basis)"]
    for k in sides:
        row = [c for c in s.side_cells if c[0] == k]
        if not row:
            continue
        counts = "".join(f"{sum(1 for c in row if c[1] == v):>9}" for v in sides)
        wrong: dict[str, int] = {}
        for c in row:
            if c[1] != k:
                wrong[name(c[2])] = wrong.get(name(c[2]), 0) + 1
        lines.append(f"  {name(k):>22} {counts}   " + ", ".join(f"{b} {n}" for b, n in sorted(wrong.items())))
    by_basis: dict[str, list[int]] = {}
    for k, v, b in s.side_cells:
        by_basis.setdefault(name(b), [0, 0])[k == v] += 1
    lines.append("  by basis (right/all): " + ", ".join(f"{b} {r[1]}/{sum(r)}" for b, r in sorted(by_basis.items())))
    fp: dict[str, int] = {}
    for kind, why in s.false_funding:
        fp[f"{kind} ({why})"] = fp.get(f"{kind} ({why})", 0) + 1
    lines.append("  funding false positives by proposed kind: " +
                 (", ".join(f"{k} {n}" for k, n in sorted(fp.items())) or "none"))
    return "\n".join(lines)

