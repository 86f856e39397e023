console.log("svc");
