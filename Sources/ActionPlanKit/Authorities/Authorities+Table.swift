// The table of councils, generated once from ../shared/data/la-lookup.csv (one row per Ofsted URN) and
// edited by hand since: canonical names as councils write them, aliases as reports print them (most
// taken from the corpus), former codes and the councils replaced since 2009. `AuthorityTableTests`
// holds it to the lookup: every row there must resolve here, by URN, by code and by name.

extension Authorities {
    /// Every English local authority with children's services since 2009: the current ones and those replaced.
    public static let all: [Authority] = [
        Authority(
            name: "Barking and Dagenham", code: "E09000002", laNumber: 301, urn: 80486, region: "London",
            aliases: ["London Borough of Barking and Dagenham"]),
        Authority(
            name: "Barnet", code: "E09000003", laNumber: 302, urn: 80487, region: "London",
            aliases: ["London Borough of Barnet"]),
        Authority(
            name: "Barnsley", code: "E08000038", laNumber: 370, urn: 80426,
            region: "Yorkshire and the Humber", aliases: ["Metropolitan Borough of Barnsley Council"]),
        Authority(
            name: "Bath and North East Somerset", code: "E06000022", laNumber: 800, urn: 80427,
            region: "South West", aliases: ["BANES", "Bath & North East Somerset"]),
        Authority(
            name: "Bedford", code: "E06000055", laNumber: 822, urn: 80428, region: "East of England",
            aliases: ["Bedford Borough"]),
        Authority(
            name: "Bexley", code: "E09000004", laNumber: 303, urn: 80488, region: "London",
            aliases: ["London Borough of Bexley"]),
        Authority(
            name: "Birmingham", code: "E08000025", laNumber: 330, urn: 80429, region: "West Midlands",
            aliases: ["Birmingham Children's Trust", "Birmingham City Council"]),
        Authority(
            name: "Blackburn with Darwen", code: "E06000008", laNumber: 889, urn: 80430, region: "North West"),
        Authority(
            name: "Blackpool", code: "E06000009", laNumber: 890, urn: 80431, region: "North West",
            aliases: ["Blackpool Borough Council"]),
        Authority(
            name: "Bolton", code: "E08000001", laNumber: 350, urn: 80432, region: "North West",
            aliases: ["Bolton Council"]),
        Authority(
            name: "Bournemouth", code: "E06000028", laNumber: 837, region: "South West",
            aliases: ["Bournemouth Borough Council", "Borough of Bournemouth"],
            replacement: .init(year: 2019, successorCodes: ["E06000058"])),
        Authority(
            name: "Bournemouth, Christchurch and Poole", code: "E06000058", laNumber: 839, urn: 2_532_287,
            region: "South West", aliases: ["BCP", "BCP Council", "Bournemouth, Christchurch & Poole"]),
        Authority(
            name: "Bracknell Forest", code: "E06000036", laNumber: 867, urn: 80436, region: "South East"),
        Authority(
            name: "Bradford", code: "E08000032", laNumber: 380, urn: 80449,
            region: "Yorkshire and the Humber", aliases: ["City of Bradford Metropolitan District Council"]),
        Authority(name: "Brent", code: "E09000005", laNumber: 304, urn: 80489, region: "London"),
        Authority(
            name: "Brighton and Hove", code: "E06000043", laNumber: 846, urn: 80438, region: "South East",
            aliases: ["Brighton and Hove City Council"]),
        Authority(
            name: "Bristol", code: "E06000023", laNumber: 801, urn: 80441, region: "South West",
            aliases: ["Bristol City Council", "Bristol, City of", "City of Bristol"]),
        Authority(
            name: "Bromley", code: "E09000006", laNumber: 305, urn: 80490, region: "London",
            aliases: ["London Borough of Bromley"]),
        Authority(
            name: "Buckinghamshire", code: "E06000060", laNumber: 825, urn: 80442, region: "South East",
            aliases: ["Buckinghamshire Council", "Buckinghamshire County Council"], formerCodes: ["E10000002"]
        ),
        Authority(
            name: "Bury", code: "E08000002", laNumber: 351, urn: 80443, region: "North West",
            aliases: ["Bury Borough Council"]),
        Authority(
            name: "Calderdale", code: "E08000033", laNumber: 381, urn: 80444,
            region: "Yorkshire and the Humber",
            aliases: ["Calderdale Metropolitan Borough Council", "Calderdale Metropolitan Council"]),
        Authority(
            name: "Cambridgeshire", code: "E10000003", laNumber: 873, urn: 80445, region: "East of England",
            aliases: ["Cambridgeshire County Council"]),
        Authority(
            name: "Camden", code: "E09000007", laNumber: 202, urn: 80491, region: "London",
            aliases: ["London Borough of Camden"]),
        Authority(
            name: "Central Bedfordshire", code: "E06000056", laNumber: 823, urn: 80446,
            region: "East of England"),
        Authority(
            name: "Cheshire East", code: "E06000049", laNumber: 895, urn: 80447, region: "North West",
            aliases: ["Cheshire East Council"]),
        Authority(
            name: "Cheshire West and Chester", code: "E06000050", laNumber: 896, urn: 80448,
            region: "North West"),
        Authority(
            name: "City of London", code: "E09000001", laNumber: 201, urn: 80450, region: "London",
            aliases: ["City of London Corporation", "Corporation of London"]),
        Authority(
            name: "Cornwall", code: "E06000052", laNumber: 908, urn: 80454, region: "South West",
            aliases: ["Cornwall Council"]),
        Authority(
            name: "Coventry", code: "E08000026", laNumber: 331, urn: 80456, region: "West Midlands",
            aliases: ["Coventry City Council"]),
        Authority(
            name: "Croydon", code: "E09000008", laNumber: 306, urn: 80492, region: "London",
            aliases: ["London Borough of Croydon"]),
        Authority(name: "Cumberland", code: "E06000063", laNumber: 942, urn: 2_733_690, region: "North West"),
        Authority(
            name: "Cumbria", code: "E10000006", laNumber: 909, urn: 135513, region: "North West",
            aliases: ["Cumbria County Council"],
            replacement: .init(year: 2023, successorCodes: ["E06000063", "E06000064"])),
        Authority(
            name: "Darlington", code: "E06000005", laNumber: 841, urn: 80458, region: "North East",
            aliases: ["Darlington Borough Council"]),
        Authority(
            name: "Derby", code: "E06000015", laNumber: 831, urn: 80459, region: "East Midlands",
            aliases: ["Derby City"]),
        Authority(
            name: "Derbyshire", code: "E10000007", laNumber: 830, urn: 80460, region: "East Midlands",
            aliases: ["Derbyshire County Council"]),
        Authority(
            name: "Devon", code: "E10000008", laNumber: 878, urn: 80461, region: "South West",
            aliases: ["Devon County Council"]),
        Authority(
            name: "Doncaster", code: "E08000017", laNumber: 371, urn: 80462,
            region: "Yorkshire and the Humber",
            aliases: [
                "City of Doncaster Council", "Doncaster Children's Services Trust",
                "Doncaster Metropolitan Borough Council",
            ]),
        Authority(
            name: "Dorset", code: "E06000059", laNumber: 838, urn: 2_532_283, region: "South West",
            aliases: ["Dorset Council"]),
        Authority(
            name: "Dorset County Council", code: "E10000009", laNumber: 835, region: "South West",
            aliases: ["Dorset County"],
            replacement: .init(year: 2019, successorCodes: ["E06000059", "E06000058"])),
        Authority(name: "Dudley", code: "E08000027", laNumber: 332, urn: 80464, region: "West Midlands"),
        Authority(
            name: "Durham", code: "E06000047", laNumber: 840, urn: 80465, region: "North East",
            aliases: ["County Durham", "Durham County Council"]),
        Authority(
            name: "Ealing", code: "E09000009", laNumber: 307, urn: 80493, region: "London",
            aliases: ["London Borough of Ealing"]),
        Authority(
            name: "East Riding of Yorkshire", code: "E06000011", laNumber: 811, urn: 80466,
            region: "Yorkshire and the Humber", aliases: ["East Riding of Yorkshire Council"]),
        Authority(
            name: "East Sussex", code: "E10000011", laNumber: 845, urn: 80467, region: "South East",
            aliases: ["East Sussex County Council"]),
        Authority(
            name: "Enfield", code: "E09000010", laNumber: 308, urn: 80494, region: "London",
            aliases: ["London Borough of Enfield"]),
        Authority(
            name: "Essex", code: "E10000012", laNumber: 881, urn: 80468, region: "East of England",
            aliases: ["Essex County Council"]),
        Authority(
            name: "Gateshead", code: "E08000037", laNumber: 390, urn: 80469, region: "North East",
            aliases: ["Gateshead Borough Council"]),
        Authority(
            name: "Gloucestershire", code: "E10000013", laNumber: 916, urn: 80470, region: "South West"),
        Authority(
            name: "Greenwich", code: "E09000011", laNumber: 203, urn: 80495, region: "London",
            aliases: ["Royal Borough of Greenwich"]),
        Authority(
            name: "Hackney", code: "E09000012", laNumber: 204, urn: 80496, region: "London",
            aliases: ["London Borough of Hackney"]),
        Authority(name: "Halton", code: "E06000006", laNumber: 876, urn: 80471, region: "North West"),
        Authority(
            name: "Hammersmith and Fulham", code: "E09000013", laNumber: 205, urn: 80497, region: "London",
            aliases: ["Hammersmith & Fulham", "London Borough of Hammersmith and Fulham"]),
        Authority(
            name: "Hampshire", code: "E10000014", laNumber: 850, urn: 80472, region: "South East",
            aliases: ["Hampshire County Council"]),
        Authority(name: "Haringey", code: "E09000014", laNumber: 309, urn: 80498, region: "London"),
        Authority(
            name: "Harrow", code: "E09000015", laNumber: 310, urn: 80499, region: "London",
            aliases: ["London Borough of Harrow"]),
        Authority(
            name: "Hartlepool", code: "E06000001", laNumber: 805, urn: 80473, region: "North East",
            aliases: ["Hartlepool Borough Council"]),
        Authority(
            name: "Havering", code: "E09000016", laNumber: 311, urn: 80500, region: "London",
            aliases: ["London Borough of Havering"]),
        Authority(
            name: "Herefordshire", code: "E06000019", laNumber: 884, urn: 80474, region: "West Midlands",
            aliases: ["County of Herefordshire", "Herefordshire Council"]),
        Authority(
            name: "Hertfordshire", code: "E10000015", laNumber: 919, urn: 80475, region: "East of England",
            aliases: ["Hertfordshire County Council"]),
        Authority(
            name: "Hillingdon", code: "E09000017", laNumber: 312, urn: 80501, region: "London",
            aliases: ["London Borough of Hillingdon"]),
        Authority(
            name: "Hounslow", code: "E09000018", laNumber: 313, urn: 80503, region: "London",
            aliases: ["London Borough of Hounslow"]),
        Authority(
            name: "Isle of Wight", code: "E06000046", laNumber: 921, urn: 80419, region: "South East",
            aliases: ["Isle of Wight Council"]),
        Authority(
            name: "Isles of Scilly", code: "E06000053", laNumber: 420, urn: 80455, region: "South West",
            aliases: ["Council of the Isles of Scilly"]),
        Authority(
            name: "Islington", code: "E09000019", laNumber: 206, urn: 80505, region: "London",
            aliases: ["London Borough of Islington"]),
        Authority(
            name: "Kensington and Chelsea", code: "E09000020", laNumber: 207, urn: 80544, region: "London",
            aliases: ["RBKC", "Royal Borough of Kensington and Chelsea"]),
        Authority(
            name: "Kent", code: "E10000016", laNumber: 886, urn: 80476, region: "South East",
            aliases: ["Kent County Council"]),
        Authority(
            name: "Kingston upon Hull", code: "E06000010", laNumber: 810, urn: 80477,
            region: "Yorkshire and the Humber",
            aliases: [
                "Hull", "Hull City Council", "Kingston Upon Hull City Council", "Kingston Upon Hull, City of",
            ]),
        Authority(
            name: "Kingston upon Thames", code: "E09000021", laNumber: 314, urn: 80545, region: "London",
            aliases: [
                "Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames Council",
            ]),
        Authority(
            name: "Kirklees", code: "E08000034", laNumber: 382, urn: 80478,
            region: "Yorkshire and the Humber", aliases: ["Kirklees Metropolitan Borough Council"]),
        Authority(
            name: "Knowsley", code: "E08000011", laNumber: 340, urn: 80479, region: "North West",
            aliases: ["Knowsley Council"]),
        Authority(
            name: "Lambeth", code: "E09000022", laNumber: 208, urn: 80506, region: "London",
            aliases: ["London Borough of Lambeth"]),
        Authority(name: "Lancashire", code: "E10000017", laNumber: 888, urn: 80480, region: "North West"),
        Authority(
            name: "Leeds", code: "E08000035", laNumber: 383, urn: 80481, region: "Yorkshire and the Humber",
            aliases: ["Leeds City Council"]),
        Authority(
            name: "Leicester", code: "E06000016", laNumber: 856, urn: 80482, region: "East Midlands",
            aliases: ["Leicester City", "Leicester City Council"]),
        Authority(
            name: "Leicestershire", code: "E10000018", laNumber: 855, urn: 80483, region: "East Midlands",
            aliases: ["Leicestershire County Council"]),
        Authority(
            name: "Lewisham", code: "E09000023", laNumber: 209, urn: 80508, region: "London",
            aliases: ["London Borough of Lewisham"]),
        Authority(
            name: "Lincolnshire", code: "E10000019", laNumber: 925, urn: 80484, region: "East Midlands",
            aliases: ["Lincolnshire County Council"]),
        Authority(
            name: "Liverpool", code: "E08000012", laNumber: 341, urn: 80485, region: "North West",
            aliases: ["Liverpool City Council"]),
        Authority(
            name: "Luton", code: "E06000032", laNumber: 821, urn: 80520, region: "East of England",
            aliases: ["Luton Borough Council"]),
        Authority(
            name: "Manchester", code: "E08000003", laNumber: 352, urn: 80521, region: "North West",
            aliases: ["Manchester City Council"]),
        Authority(name: "Medway", code: "E06000035", laNumber: 887, urn: 80522, region: "South East"),
        Authority(
            name: "Merton", code: "E09000024", laNumber: 315, urn: 80510, region: "London",
            aliases: ["London Borough of Merton Council"]),
        Authority(
            name: "Middlesbrough", code: "E06000002", laNumber: 806, urn: 80523, region: "North East",
            aliases: ["Middlesbrough Borough Council"]),
        Authority(name: "Milton Keynes", code: "E06000042", laNumber: 826, urn: 80524, region: "South East"),
        Authority(
            name: "Newcastle upon Tyne", code: "E08000021", laNumber: 391, urn: 80525, region: "North East",
            aliases: ["Newcastle", "Newcastle City Council", "Newcastle Upon Tyne"]),
        Authority(
            name: "Newham", code: "E09000025", laNumber: 316, urn: 80511, region: "London",
            aliases: ["London Borough of Newham"]),
        Authority(
            name: "Norfolk", code: "E10000020", laNumber: 926, urn: 80418, region: "East of England",
            aliases: ["Norfolk County Council"]),
        Authority(
            name: "North East Lincolnshire", code: "E06000012", laNumber: 812, urn: 80526,
            region: "Yorkshire and the Humber", aliases: ["North East Lincolnshire Council"]),
        Authority(
            name: "North Lincolnshire", code: "E06000013", laNumber: 813, urn: 80527,
            region: "Yorkshire and the Humber"),
        Authority(
            name: "North Northamptonshire", code: "E06000061", laNumber: 940, urn: 2_637_539,
            region: "East Midlands"),
        Authority(name: "North Somerset", code: "E06000024", laNumber: 802, urn: 80528, region: "South West"),
        Authority(name: "North Tyneside", code: "E08000022", laNumber: 392, urn: 80529, region: "North East"),
        Authority(
            name: "North Yorkshire", code: "E06000065", laNumber: 815, urn: 80530,
            region: "Yorkshire and the Humber",
            aliases: ["North Yorkshire Council", "North Yorkshire County Council"], formerCodes: ["E10000023"]
        ),
        Authority(
            name: "Northamptonshire", code: "E10000021", laNumber: 928, urn: 121939, region: "East Midlands",
            aliases: ["Northamptonshire County Council", "Northamptonshire Children's Trust"],
            replacement: .init(year: 2021, successorCodes: ["E06000061", "E06000062"])),
        Authority(
            name: "Northumberland", code: "E06000057", laNumber: 929, urn: 80532, region: "North East",
            aliases: ["Northumberland County Council"]),
        Authority(
            name: "Nottingham", code: "E06000018", laNumber: 892, urn: 80533, region: "East Midlands",
            aliases: ["Nottingham City", "Nottingham City Council"]),
        Authority(
            name: "Nottinghamshire", code: "E10000024", laNumber: 891, urn: 80534, region: "East Midlands",
            aliases: ["Nottinghamshire County Council"]),
        Authority(
            name: "Oldham", code: "E08000004", laNumber: 353, urn: 80535, region: "North West",
            aliases: ["Oldham Borough Council", "Oldham Metropolitan Borough Council"]),
        Authority(
            name: "Oxfordshire", code: "E10000025", laNumber: 931, urn: 80536, region: "South East",
            aliases: ["Oxfordshire County Council"]),
        Authority(
            name: "Peterborough", code: "E06000031", laNumber: 874, urn: 80537, region: "East of England"),
        Authority(
            name: "Plymouth", code: "E06000026", laNumber: 879, urn: 80538, region: "South West",
            aliases: ["Plymouth City Council"]),
        Authority(
            name: "Poole", code: "E06000029", laNumber: 836, urn: 137316, region: "South West",
            aliases: ["Borough of Poole", "Poole Borough Council"],
            replacement: .init(year: 2019, successorCodes: ["E06000058"])),
        Authority(
            name: "Portsmouth", code: "E06000044", laNumber: 851, urn: 80539, region: "South East",
            aliases: ["Portsmouth City", "Portsmouth City Council"]),
        Authority(
            name: "Reading", code: "E06000038", laNumber: 870, urn: 80540, region: "South East",
            aliases: ["Brighter Futures for Children", "Reading Borough Council"]),
        Authority(
            name: "Redbridge", code: "E09000026", laNumber: 317, urn: 80512, region: "London",
            aliases: ["London Borough of Redbridge", "London Borough of Redbridge Council"]),
        Authority(
            name: "Redcar and Cleveland", code: "E06000003", laNumber: 807, urn: 80541, region: "North East",
            aliases: ["Borough of Redcar and Cleveland"]),
        Authority(
            name: "Richmond upon Thames", code: "E09000027", laNumber: 318, urn: 80513, region: "London",
            aliases: ["London Borough of Richmond upon Thames"]),
        Authority(
            name: "Rochdale", code: "E08000005", laNumber: 354, urn: 80542, region: "North West",
            aliases: ["Rochdale Borough Council"]),
        Authority(
            name: "Rotherham", code: "E08000018", laNumber: 372, urn: 80543,
            region: "Yorkshire and the Humber",
            aliases: ["Metropolitan Borough of Rotherham", "Rotherham Metropolitan Borough Council"]),
        Authority(
            name: "Rutland", code: "E06000017", laNumber: 857, urn: 80547, region: "East Midlands",
            aliases: ["Rutland County Council"]),
        Authority(
            name: "Salford", code: "E08000006", laNumber: 355, urn: 80548, region: "North West",
            aliases: ["Salford City Council"]),
        Authority(
            name: "Sandwell", code: "E08000028", laNumber: 333, urn: 80549, region: "West Midlands",
            aliases: ["Sandwell Children's Trust", "Sandwell Metropolitan Borough Council"]),
        Authority(name: "Sefton", code: "E08000014", laNumber: 343, urn: 80550, region: "North West"),
        Authority(
            name: "Sheffield", code: "E08000039", laNumber: 373, urn: 80551,
            region: "Yorkshire and the Humber", aliases: ["Sheffield City Council"]),
        Authority(name: "Shropshire", code: "E06000051", laNumber: 893, urn: 80552, region: "West Midlands"),
        Authority(
            name: "Slough", code: "E06000039", laNumber: 871, urn: 80553, region: "South East",
            aliases: ["Slough Borough Council", "Slough Children First", "Slough Children's Services Trust"]),
        Authority(
            name: "Solihull", code: "E08000029", laNumber: 334, urn: 80554, region: "West Midlands",
            aliases: ["Metropolitan Borough of Solihull", "Solihull Metropolitan Borough Council"]),
        Authority(
            name: "Somerset", code: "E06000066", laNumber: 933, urn: 80555, region: "South West",
            aliases: ["Somerset Council", "Somerset County Council"], formerCodes: ["E10000027"]),
        Authority(
            name: "South Gloucestershire", code: "E06000025", laNumber: 803, urn: 80556, region: "South West"),
        Authority(name: "South Tyneside", code: "E08000023", laNumber: 393, urn: 80557, region: "North East"),
        Authority(
            name: "Southampton", code: "E06000045", laNumber: 852, urn: 80558, region: "South East",
            aliases: ["Southampton City Council"]),
        Authority(
            name: "Southend-on-Sea", code: "E06000033", laNumber: 882, urn: 80559, region: "East of England",
            aliases: ["Southend-on-Sea city council"]),
        Authority(
            name: "Southwark", code: "E09000028", laNumber: 210, urn: 80514, region: "London",
            aliases: ["London Borough of Southwark"]),
        Authority(
            name: "St Helens", code: "E08000013", laNumber: 342, urn: 80560, region: "North West",
            aliases: ["St Helens Metropolitan Borough Council", "St. Helens"]),
        Authority(
            name: "Staffordshire", code: "E10000028", laNumber: 860, urn: 80561, region: "West Midlands",
            aliases: ["Staffordshire County Council"]),
        Authority(name: "Stockport", code: "E08000007", laNumber: 356, urn: 80562, region: "North West"),
        Authority(
            name: "Stockton-on-Tees", code: "E06000004", laNumber: 808, urn: 80563, region: "North East",
            aliases: ["Stockton-on-Tees Borough Council"]),
        Authority(
            name: "Stoke-on-Trent", code: "E06000021", laNumber: 861, urn: 80564, region: "West Midlands",
            aliases: ["Stoke-on-Trent City Council"]),
        Authority(
            name: "Suffolk", code: "E10000029", laNumber: 935, urn: 80565, region: "East of England",
            aliases: ["Suffolk County Council"]),
        Authority(
            name: "Sunderland", code: "E08000024", laNumber: 394, urn: 80566, region: "North East",
            aliases: ["Sunderland City Council", "Together for Children"]),
        Authority(
            name: "Surrey", code: "E10000030", laNumber: 936, urn: 80567, region: "South East",
            aliases: ["Surrey County Council"]),
        Authority(
            name: "Sutton", code: "E09000029", laNumber: 319, urn: 80515, region: "London",
            aliases: ["London Borough of Sutton"]),
        Authority(
            name: "Swindon", code: "E06000030", laNumber: 866, urn: 80568, region: "South West",
            aliases: ["Swindon Borough Council"]),
        Authority(name: "Tameside", code: "E08000008", laNumber: 357, urn: 80569, region: "North West"),
        Authority(
            name: "Telford and Wrekin", code: "E06000020", laNumber: 894, urn: 80570, region: "West Midlands",
            aliases: ["Telford and Wrekin Council"]),
        Authority(
            name: "Thurrock", code: "E06000034", laNumber: 883, urn: 80571, region: "East of England",
            aliases: ["Thurrock Council"]),
        Authority(
            name: "Torbay", code: "E06000027", laNumber: 880, urn: 80572, region: "South West",
            aliases: ["Torbay Council"]),
        Authority(
            name: "Tower Hamlets", code: "E09000030", laNumber: 211, urn: 80516, region: "London",
            aliases: ["London Borough of Tower Hamlets"]),
        Authority(
            name: "Trafford", code: "E08000009", laNumber: 358, urn: 80573, region: "North West",
            aliases: ["Trafford Metropolitan Borough Council"]),
        Authority(
            name: "Wakefield", code: "E08000036", laNumber: 384, urn: 80451,
            region: "Yorkshire and the Humber",
            aliases: ["Wakefield District Metropolitan Council", "Wakefield Metropolitan District Council"]),
        Authority(
            name: "Walsall", code: "E08000030", laNumber: 335, urn: 80574, region: "West Midlands",
            aliases: ["Walsall Metropolitan Borough Council"]),
        Authority(
            name: "Waltham Forest", code: "E09000031", laNumber: 320, urn: 80517, region: "London",
            aliases: ["London Borough of Waltham Forest"]),
        Authority(
            name: "Wandsworth", code: "E09000032", laNumber: 212, urn: 80518, region: "London",
            aliases: ["London Borough of Wandsworth"]),
        Authority(
            name: "Warrington", code: "E06000007", laNumber: 877, urn: 80575, region: "North West",
            aliases: ["Warrington Borough Council"]),
        Authority(
            name: "Warwickshire", code: "E10000031", laNumber: 937, urn: 80576, region: "West Midlands",
            aliases: ["Warwickshire County Council"]),
        Authority(
            name: "West Berkshire", code: "E06000037", laNumber: 869, urn: 80577, region: "South East",
            aliases: ["West Berkshire Council"]),
        Authority(
            name: "West Northamptonshire", code: "E06000062", laNumber: 941, urn: 2_637_548,
            region: "East Midlands"),
        Authority(
            name: "West Sussex", code: "E10000032", laNumber: 938, urn: 80578, region: "South East",
            aliases: ["West Sussex County Council"]),
        Authority(
            name: "Westminster", code: "E09000033", laNumber: 213, urn: 80519, region: "London",
            aliases: ["City of Westminster", "Westminster City Council"]),
        Authority(
            name: "Westmorland and Furness", code: "E06000064", laNumber: 943, urn: 2_733_698,
            region: "North West"),
        Authority(name: "Wigan", code: "E08000010", laNumber: 359, urn: 80579, region: "North West"),
        Authority(
            name: "Wiltshire", code: "E06000054", laNumber: 865, urn: 80580, region: "South West",
            aliases: ["Wiltshire Council"]),
        Authority(
            name: "Windsor and Maidenhead", code: "E06000040", laNumber: 868, urn: 80546,
            region: "South East",
            aliases: [
                "RBWM", "Royal Borough of Windsor and Maidenhead",
                "The Royal Borough of Windsor and Maidenhead",
            ]),
        Authority(name: "Wirral", code: "E08000015", laNumber: 344, urn: 80581, region: "North West"),
        Authority(
            name: "Wokingham", code: "E06000041", laNumber: 872, urn: 80582, region: "South East",
            aliases: ["Wokingham Borough Council"]),
        Authority(
            name: "Wolverhampton", code: "E08000031", laNumber: 336, urn: 80583, region: "West Midlands",
            aliases: ["City of Wolverhampton"]),
        Authority(
            name: "Worcestershire", code: "E10000034", laNumber: 885, urn: 80584, region: "West Midlands",
            aliases: ["Worcestershire Children First", "Worcestershire County Council"]),
        Authority(
            name: "York", code: "E06000014", laNumber: 816, urn: 80453, region: "Yorkshire and the Humber",
            aliases: ["City of York", "City of York Council", "York City Council"]),
    ]
}
