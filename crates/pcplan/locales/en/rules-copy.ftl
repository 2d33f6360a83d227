## Rule P9: copies given out.

p9-copy-to-declined = The person chose not to share the plan with this recipient, but a copy was given.
    .help = Tell the person. Ask the recipient to return or destroy the copy, and follow the agency's privacy procedure.
p9-copy-not-entitled = This recipient was given the whole plan, including parts they may not see.
    .help = Give them the copy made for them, which leaves out what they may not see. Tell the person, and follow the agency's privacy procedure.
